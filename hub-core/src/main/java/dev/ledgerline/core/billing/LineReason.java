package dev.ledgerline.core.billing;

/**
 * Stable reason codes a run writes on adjustment and correction lines ({@link ProposalLine#reason()});
 * a finance adjustment carries finance's own text instead.
 */
public enum LineReason {
    /** The not-to-exceed cap was reached: the excess is written down. */
    NOT_TO_EXCEED,
    /** The month's expense cap was reached: the excess is written down. */
    CAP_PER_MONTH,
    /** A billed entry's hours changed. */
    HOURS_CHANGED,
    /** A billed entry's rate changed (its role or employee, or a re-priced amendment). */
    RATE_CHANGED,
    /** A billed entry moved to another project. */
    PROJECT_CHANGED,
    /** A billed record was rejected. */
    REJECTED,
    /** A billed record was deleted at its source. */
    DELETED,
    /** A billed record is no longer billable (its flag, date or contract period changed). */
    NO_LONGER_BILLABLE,
    /** A billed expense or vendor bill changed its amount, currency or markup. */
    AMOUNT_CHANGED,
    /** A retainer month's overage changed after it was billed. */
    OVERAGE_CHANGED,
    /** A subscription ended inside a period already invoiced, or its dates changed. */
    CANCELLED,
    /** A periodic amount already invoiced changed (amendment of the amount or the dates). */
    PERIOD_CHANGED
}
