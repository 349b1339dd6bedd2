package dev.ledgerline.core.billing;

/** Stable codes of an approval with adjustments that finance must change before it is accepted. */
public enum AdjustmentRefusal {
    /** Only a proposal in status {@code proposed} can be approved. */
    NOT_PROPOSED,
    /** No line of the proposal has the given id. */
    UNKNOWN_LINE,
    /** Adjustment lines and credit-note lines are not adjusted. */
    LINE_NOT_ADJUSTABLE,
    /** Neither or both of amount and percent, a zero value, or no reason. */
    INVALID_ADJUSTMENT,
    /** A write-down larger than what the line still bills. */
    WRITE_DOWN_EXCEEDS_LINE,
    /** A write-up that would take the contract's net billed fees above its not-to-exceed. */
    WRITE_UP_EXCEEDS_NOT_TO_EXCEED,
    /** The invoice date finance chose lies in a locked period. */
    PERIOD_LOCKED
}
