package dev.ledgerline.core.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The summed measures, the flags and the one currency of a group of facts. */
public record Sums(Map<String, BigDecimal> measures, Set<Flag> flags, String currency, int factCount) {

    public Sums {
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** Adds the facts' measures; throws {@link MixedCurrenciesException} when their currencies differ. */
    public static Sums of(GroupKey key, List<Fact> facts) {
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        TreeSet<String> currencies = new TreeSet<>();
        for (Fact fact : facts) {
            fact.measures().forEach((name, amount) -> measures.merge(name, amount, BigDecimal::add));
            flags.addAll(fact.flags());
            if (fact.currency() != null) {
                currencies.add(fact.currency());
            }
        }
        if (currencies.size() > 1) {
            throw new MixedCurrenciesException(key, currencies);
        }
        return new Sums(measures, flags, currencies.isEmpty() ? null : currencies.first(), facts.size());
    }

    /** The sum of {@code name}, zero when no fact carried it. */
    public BigDecimal get(String name) {
        return measures.getOrDefault(name, BigDecimal.ZERO);
    }

    /** The sum of an amount measure at two decimals (amounts are whole cents where they arise). */
    public BigDecimal cents(String name) {
        return get(name).setScale(2);
    }

    public boolean has(String name) {
        return measures.containsKey(name);
    }
}
