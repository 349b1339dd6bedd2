package dev.ledgerline.core.metrics;

import java.util.EnumSet;
import java.util.Set;

/** The dimensions of figures about work on engagements (time, WIP, realization). */
public final class EngagementDimensions {

    /** Every business dimension and every calendar one. */
    public static final Set<Dimension> TIME = EnumSet.of(
            Dimension.ENTITY,
            Dimension.PRACTICE,
            Dimension.CUSTOMER,
            Dimension.PROJECT,
            Dimension.CONTRACT,
            Dimension.EMPLOYEE,
            Dimension.ROLE,
            Dimension.MONTH,
            Dimension.WEEK,
            Dimension.QUARTER);

    private EngagementDimensions() {}
}
