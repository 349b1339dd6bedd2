package dev.ledgerline.core.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Groups a metric's facts by a query's dimensions, after checking that the metric can be grouped
 * by each. Without dimensions there is exactly one group, the total, even when there are no facts.
 */
public record Grouping(String metric, Set<Dimension> supported, List<Dimension> groupBy) {

    public Grouping {
        supported = Set.copyOf(supported);
        groupBy = List.copyOf(groupBy);
        for (Dimension d : groupBy) {
            if (!supported.contains(d)) {
                throw new UnsupportedGroupingException(metric, d, EnumSet.copyOf(supported));
            }
        }
    }

    public static Grouping of(String metric, Set<Dimension> supported, ReportQuery query) {
        return new Grouping(metric, supported, query.groupBy());
    }

    public GroupKey keyOf(Fact fact) {
        Map<Dimension, String> values = new LinkedHashMap<>();
        for (Dimension d : groupBy) {
            values.put(d, fact.value(d));
        }
        return new GroupKey(values);
    }

    /** The facts of each group, groups in key order. */
    public SortedMap<GroupKey, List<Fact>> apply(Collection<Fact> facts) {
        SortedMap<GroupKey, List<Fact>> groups = new TreeMap<>();
        if (groupBy.isEmpty()) {
            groups.put(GroupKey.TOTAL, new ArrayList<>());
        }
        for (Fact fact : facts) {
            groups.computeIfAbsent(keyOf(fact), k -> new ArrayList<>()).add(fact);
        }
        return groups;
    }

    /** The summed measures of each group. */
    public SortedMap<GroupKey, Sums> sum(Collection<Fact> facts) {
        SortedMap<GroupKey, Sums> sums = new TreeMap<>();
        apply(facts).forEach((key, groupFacts) -> sums.put(key, Sums.of(key, groupFacts)));
        return sums;
    }
}
