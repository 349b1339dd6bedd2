package dev.ledgerline.odoo.compat.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Raw JSON-RPC to one server, below the client: the differential compares Odoo's answers as they are
 * (envelope, error code and name, HTTP status), which the client turns into values and exceptions.
 */
final class JsonRpcServer {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String database;
    private final String password;
    private final AtomicLong requestIds = new AtomicLong();
    private volatile long uid = 2;

    JsonRpcServer(String url, String database, String password) {
        this.endpoint = URI.create(url).resolve("/jsonrpc");
        this.database = database;
        this.password = password;
    }

    /** {@code common.authenticate}; remembers the uid it answers for the calls that follow. */
    Answer authenticate(String login, String secret) {
        ArrayNode args =
                JSON.createArrayNode().add(database).add(login).add(secret).add(JSON.createObjectNode());
        Answer answer = send("common", "authenticate", args);
        if (answer.isResult() && answer.result().isIntegralNumber() && secret.equals(password)) {
            uid = answer.result().asLong();
        }
        return answer;
    }

    /** {@code object.execute_kw(db, uid, password, model, method, args, kwargs)}. */
    Answer execute(String model, String method, JsonNode args, JsonNode kwargs) {
        ArrayNode params = JSON.createArrayNode()
                .add(database)
                .add(uid)
                .add(password)
                .add(model)
                .add(method)
                .add(args)
                .add(kwargs);
        return send("object", "execute_kw", params);
    }

    private Answer send(String service, String method, ArrayNode args) {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "call");
        request.putObject("params")
                .put("service", service)
                .put("method", method)
                .set("args", args);
        request.put("id", requestIds.incrementAndGet());
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofMinutes(2))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Answer(response.statusCode(), parse(response.body()), response.body(), millis);
        } catch (IOException e) {
            throw new UncheckedIOException("JSON-RPC to " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
