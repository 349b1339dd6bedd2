package dev.ledgerline.odoo.sandbox.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The countries for which Odoo 18 has a chart of accounts of their own (recorded from the server's chart
 * templates): a company created in one of them gets that chart loaded on creation.
 */
public final class ChartCountries {
    private static final Set<String> CODES = read();

    private ChartCountries() {}

    /** Whether a country code (e.g. {@code FR}) has a localized chart; the United States use the generic one. */
    public static boolean hasChart(String countryCode) {
        return countryCode != null && CODES.contains(countryCode);
    }

    private static Set<String> read() {
        try (InputStream in = ChartCountries.class.getResourceAsStream("chart-countries-18.0.json")) {
            if (in == null) {
                throw new IllegalStateException("chart-countries-18.0.json is missing from the classpath");
            }
            JsonNode recorded = JsonMapper.builder().build().readTree(in);
            Set<String> codes = new HashSet<>();
            recorded.get("countries").forEach(code -> codes.add(code.asString()));
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
