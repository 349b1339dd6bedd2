package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Odoo's analytic mixin stores a distribution a caller sends with its percentages as floats
 * ({@code {"2": 100}} reads back {@code {"2": 100.0}}).
 */
public final class AnalyticDistribution {
    private AnalyticDistribution() {}

    /** Replaces the distribution among the values, if any, by its sanitized form. */
    public static void sanitize(Map<String, Object> values) {
        if (values.get("analytic_distribution") instanceof Map<?, ?> distribution) {
            Map<String, Object> out = new LinkedHashMap<>();
            distribution.forEach((k, v) -> out.put(String.valueOf(k), Values.toDouble(v)));
            values.put("analytic_distribution", out);
        }
    }
}
