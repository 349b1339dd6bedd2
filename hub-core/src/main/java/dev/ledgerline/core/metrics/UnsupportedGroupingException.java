package dev.ledgerline.core.metrics;

import java.util.Set;

/** A report was asked to group by a dimension that has no meaning for its metric. */
public class UnsupportedGroupingException extends RuntimeException {

    public static final String CODE = "GROUPING_NOT_SUPPORTED";

    private final Dimension dimension;

    public UnsupportedGroupingException(String metric, Dimension dimension, Set<Dimension> supported) {
        super(metric + " cannot be grouped by " + dimension + "; it can be grouped by " + supported);
        this.dimension = dimension;
    }

    public Dimension dimension() {
        return dimension;
    }
}
