package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.ReportQuery;
import java.util.Set;

/**
 * One metric computed by a query over the report facts, answering exactly what
 * {@code core.metrics.catalog.MetricCatalog} answers for the same query on the ledger's current
 * records: the rows, their order and their rounding.
 */
interface SqlReport {

    String metric();

    /** The dimensions the metric can be grouped by (hub-core's, for the same metric). */
    Set<Dimension> dimensions();

    /** Whether the figures are employee cost data, shown only to finance and admin. */
    default boolean employeeCost() {
        return false;
    }

    /** Whether rows carry a numerator and a denominator (a ratio). */
    default boolean ratio() {
        return false;
    }

    MetricReport run(ReportQuery query);
}
