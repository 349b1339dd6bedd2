package dev.ledgerline.core.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One contribution to a metric: the dimension values it belongs to, its business date (for the
 * calendar dimensions), the currency of its amounts (null for hours only) and its additive
 * measures. A report groups facts and adds their measures, so the rows of any grouping add up to
 * the total, and a ratio is always recomputed from summed numerators and denominators.
 */
public record Fact(
        Map<Dimension, String> attributes,
        LocalDate date,
        String currency,
        Map<String, BigDecimal> measures,
        Set<Flag> flags) {

    public Fact {
        Objects.requireNonNull(date, "date");
        attributes = Collections.unmodifiableMap(
                attributes.isEmpty() ? new EnumMap<>(Dimension.class) : new EnumMap<>(attributes));
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        flags = flags == null || flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    public static Fact of(Attributes attributes, LocalDate date, String currency, Map<String, BigDecimal> measures) {
        return new Fact(attributes.values(), date, currency, measures, Set.of());
    }

    public Fact withFlags(Set<Flag> newFlags) {
        return new Fact(attributes, date, currency, measures, newFlags);
    }

    public Fact withDate(LocalDate newDate) {
        return new Fact(attributes, newDate, currency, measures, flags);
    }

    /** The value of {@code dimension} for this fact; calendar keys come from its date. */
    public String value(Dimension dimension) {
        return dimension.isCalendar() ? dimension.calendarKey(date) : attributes.get(dimension);
    }

    public BigDecimal measure(String name) {
        return measures.getOrDefault(name, BigDecimal.ZERO);
    }
}
