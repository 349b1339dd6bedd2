package dev.ledgerline.bench.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * The hub's HTTP API as a source system and an operator call it. Each instance has its own connection
 * pool, so concurrent clients of a benchmark each hold their own connection.
 */
public final class HubApi {

    private final String base;
    private final HttpClient http;

    public HubApi(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Another client of the same hub, on its own connection. */
    public HubApi withOwnConnection() {
        return new HubApi(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
    }

    /** {@code POST /api/v1/events}. */
    public Answer postEvents(String token, byte[] batch) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch))
                .build());
    }

    public Answer get(String token, String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET().build());
    }

    /** Whether the hub answers its liveness probe. */
    public boolean live() {
        try {
            return get(null, "/actuator/health/liveness").status() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** One scrape of {@code /actuator/prometheus} (needs the {@code ops}, {@code read} or {@code admin} scope). */
    public Metrics metrics(String token) {
        Answer answer = get(token, "/actuator/prometheus");
        if (answer.status() != 200) {
            throw new IllegalStateException("metrics answered " + answer.status() + ": " + answer.body());
        }
        return new Metrics(answer.body());
    }

    /** Prometheus' text format, as scraped. */
    public record Metrics(String text) {

        /**
         * The sum of a sample over every series carrying at least these labels ({@code "type=time_entry"}),
         * 0 when there is none.
         */
        public double sum(String name, String... labels) {
            double sum = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith(name) && matches(line, name, labels)) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        }

        private static boolean matches(String line, String name, String[] labels) {
            char after = line.length() > name.length() ? line.charAt(name.length()) : ' ';
            if (after != '{' && after != ' ') {
                return false;
            }
            return Arrays.stream(labels).allMatch(label -> {
                String[] kv = label.split("=", 2);
                return line.contains(kv[0] + "=\"" + kv[1] + "\"");
            });
        }
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status and body. */
    public record Answer(int status, String body) {}
}
