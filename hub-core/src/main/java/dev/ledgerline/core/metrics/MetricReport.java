package dev.ledgerline.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric's answer: the query it answers, the currency of its amounts (null when rows have no
 * amounts or differ, as when grouped by entities of different currencies) and its rows in group
 * order.
 */
public record MetricReport(String metric, ReportQuery query, String currency, List<MetricRow> rows) {

    public MetricReport {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(query, "query");
        rows = List.copyOf(rows);
    }

    /** Builds a report whose currency is the one currency its rows share, if they share one. */
    public static MetricReport of(String metric, ReportQuery query, List<MetricRow> rows) {
        List<String> currencies = rows.stream()
                .map(MetricRow::currency)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new MetricReport(metric, query, currencies.size() == 1 ? currencies.getFirst() : null, rows);
    }

    /** The row of a group, by its values in groupBy order. */
    public Optional<MetricRow> row(String... groupValues) {
        return rows.stream()
                .filter(r -> new ArrayList<>(r.group().values().values()).equals(Arrays.asList(groupValues)))
                .findFirst();
    }

    /** The only row of an ungrouped report. */
    public MetricRow total() {
        if (!query.groupBy().isEmpty() || rows.size() != 1) {
            throw new IllegalStateException("not an ungrouped report");
        }
        return rows.getFirst();
    }
}
