package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Values;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Odoo's analytic mixin stores a distribution a caller sends with its percentages as floats
 * ({@code {"2": 100}} reads back {@code {"2": 100.0}}) in a PostgreSQL {@code jsonb} column, which keeps an
 * object's keys shorter first, then in byte order ({@code {"10": 60, "9": 40}} reads back
 * {@code {"9": 40.0, "10": 60.0}}); posting makes the analytic lines in that order.
 */
public final class AnalyticDistribution {
    /** {@code jsonb}'s order of object keys: by length in bytes, then bytewise. */
    static final Comparator<String> JSONB_KEY_ORDER = Comparator.<String>comparingInt(
                    k -> k.getBytes(StandardCharsets.UTF_8).length)
            .thenComparing((a, b) ->
                    Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));

    private AnalyticDistribution() {}

    /** Replaces the distribution among the values, if any, by its sanitized form. */
    public static void sanitize(Map<String, Object> values) {
        if (values.get("analytic_distribution") instanceof Map<?, ?> distribution) {
            Map<String, Object> sorted = new TreeMap<>(JSONB_KEY_ORDER);
            distribution.forEach((k, v) -> sorted.put(String.valueOf(k), Values.toDouble(v)));
            values.put("analytic_distribution", new LinkedHashMap<>(sorted));
        }
    }
}
