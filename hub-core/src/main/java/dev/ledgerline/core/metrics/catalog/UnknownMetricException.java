package dev.ledgerline.core.metrics.catalog;

/** A report was asked for under a name that is not a metric of the catalog. */
public class UnknownMetricException extends RuntimeException {

    public static final String CODE = "UNKNOWN_METRIC";

    public UnknownMetricException(String metric) {
        super("no metric named " + metric + "; known: " + MetricCatalog.METRICS);
    }
}
