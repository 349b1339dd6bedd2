package dev.ledgerline.core.metrics.revenue;

import java.util.Optional;

/**
 * What a billed line is as revenue: time fees, other fees (milestones, retainer and subscription
 * periods, overage), pass-through expenses and vendor bills at cost, or markup. Adjustments take the
 * kind of the line they adjust; a not-to-exceed adjustment is a time fee.
 */
public enum RevenueKind {
    TIME_FEES,
    OTHER_FEES,
    EXPENSES,
    MARKUP;

    /** The kind of a line by its {@code kind} as pulled back or as proposed; empty for an adjustment. */
    static Optional<RevenueKind> ofLineKind(String kind) {
        return switch (kind) {
            case "time", "time_correction", "nte_writedown", "nte_adjustment" -> Optional.of(TIME_FEES);
            case "milestone", "retainer", "subscription", "overage" -> Optional.of(OTHER_FEES);
            case "expense", "vendor_bill" -> Optional.of(EXPENSES);
            case "expense_markup", "markup" -> Optional.of(MARKUP);
            default -> Optional.empty();
        };
    }

    public boolean isFee() {
        return this == TIME_FEES || this == OTHER_FEES;
    }
}
