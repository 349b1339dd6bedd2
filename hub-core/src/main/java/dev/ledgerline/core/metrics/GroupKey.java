package dev.ledgerline.core.metrics;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The group of one report row: a value (possibly null, for a fact the dimension does not apply to,
 * such as the employee of a vendor bill) for each dimension of the query's {@code groupBy}, in its
 * order. The total row of a query without {@code groupBy} has an empty key.
 */
public record GroupKey(Map<Dimension, String> values) implements Comparable<GroupKey> {

    public static final GroupKey TOTAL = new GroupKey(Map.of());

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    public GroupKey {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(Dimension dimension) {
        return values.get(dimension);
    }

    /** The key as the reports API writes it: wire names to values. */
    public Map<String, String> asWire() {
        Map<String, String> wire = new LinkedHashMap<>();
        values.forEach((d, v) -> wire.put(d.wireName(), v));
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public int compareTo(GroupKey other) {
        var mine = values.entrySet().iterator();
        var theirs = other.values.entrySet().iterator();
        while (mine.hasNext() && theirs.hasNext()) {
            var a = mine.next();
            var b = theirs.next();
            int byDimension = a.getKey().compareTo(b.getKey());
            if (byDimension != 0) {
                return byDimension;
            }
            int byValue = NULLS_LAST.compare(a.getValue(), b.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(mine.hasNext(), theirs.hasNext());
    }

    @Override
    public String toString() {
        return asWire().toString();
    }
}
