package dev.ledgerline.core.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a report as the reports API returns it: the group, the currency of its amounts (null
 * for hours and ratios of hours), {@code value} (null for a ratio whose denominator is zero), the
 * numerator and denominator of a ratio (null otherwise), flags and the metric's own fields. A dot
 * in a field name nests it ({@code aging.0-30} is {@code "aging": {"0-30": …}}).
 */
public record MetricRow(
        GroupKey group,
        String currency,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        Set<Flag> flags,
        Map<String, BigDecimal> fields) {

    public MetricRow {
        Objects.requireNonNull(group, "group");
        flags = flags == null || flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A row with a single value and no ratio parts. */
    public static MetricRow amount(GroupKey group, String currency, BigDecimal value, Set<Flag> flags) {
        return new MetricRow(group, currency, value, null, null, flags, Map.of());
    }

    /** Named fields in the order given: {@code fieldsOf("count", c, "recordedHours", h)}. */
    public static Map<String, BigDecimal> fieldsOf(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        Map<String, BigDecimal> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], (BigDecimal) namesAndValues[i + 1]);
        }
        return fields;
    }

    public MetricRow withFields(Map<String, BigDecimal> newFields) {
        return new MetricRow(group, currency, value, numerator, denominator, flags, newFields);
    }

    public BigDecimal field(String name) {
        return fields.get(name);
    }

    /** Flags in a stable order, as the API lists them. */
    public List<Flag> flagList() {
        return List.copyOf(flags.isEmpty() ? List.of() : EnumSet.copyOf(flags));
    }
}
