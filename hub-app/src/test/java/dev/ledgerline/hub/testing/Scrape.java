package dev.ledgerline.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

/** One scrape of {@code /actuator/prometheus}: sample values by name and labels, as Prometheus reads them. */
public record Scrape(Map<String, Double> samples) {

    /** Scrapes the hub with a token allowed to read metrics. */
    public static Scrape of(Api api, String token) {
        Api.Answer answer = api.get(token, "/actuator/prometheus");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return parse(answer.body());
    }

    /** Parses the text exposition format: {@code name{label="v",…} value}, comments skipped. */
    public static Scrape parse(String text) {
        Map<String, Double> samples = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new Scrape(samples);
    }

    /**
     * The value of {@code name} with exactly these labels ({@code "target=default", "type=customer"},
     * in any order), 0 when absent.
     */
    public double value(String name, String... labels) {
        return samples.entrySet().stream()
                .filter(e -> matches(e.getKey(), name, labels))
                .mapToDouble(Map.Entry::getValue)
                .findFirst()
                .orElse(0.0);
    }

    /** The sum of {@code name} over every series carrying at least these labels. */
    public double sum(String name, String... labels) {
        return samples.entrySet().stream()
                .filter(e -> contains(e.getKey(), name, labels))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    private static boolean matches(String series, String name, String... labels) {
        String base = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        if (!base.equals(name)) {
            return false;
        }
        String inside = series.contains("{") ? series.substring(series.indexOf('{') + 1, series.lastIndexOf('}')) : "";
        long count = inside.isEmpty() ? 0 : inside.split("\",").length;
        return count == labels.length && contains(series, name, labels);
    }

    private static boolean contains(String series, String name, String... labels) {
        String base = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
        if (!base.equals(name)) {
            return false;
        }
        for (String label : labels) {
            String[] kv = label.split("=", 2);
            if (!series.contains(kv[0] + "=\"" + kv[1] + "\"")) {
                return false;
            }
        }
        return true;
    }
}
