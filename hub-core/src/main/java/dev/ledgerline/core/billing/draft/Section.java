package dev.ledgerline.core.billing.draft;

/** Where a line sits on a document, in domain.md's order. */
public enum Section {
    /** Retainer, subscription and milestone lines. */
    PERIODIC,
    /** Retainer overage, by month then entry. */
    OVERAGE,
    /** Time lines, by entry date then external id. */
    TIME,
    /** Expense and vendor-bill lines by date then external id, each followed by its markup. */
    EXPENSE,
    /** Finance write-downs and write-ups. */
    FINANCE_ADJUSTMENT,
    /** Monthly expense cap adjustments. */
    CAP_ADJUSTMENT,
    /** The not-to-exceed adjustment. */
    NOT_TO_EXCEED
}
