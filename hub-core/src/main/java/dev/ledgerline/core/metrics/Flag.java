package dev.ledgerline.core.metrics;

/** A remark on a report row; never an exception. */
public enum Flag {
    /** An entry without a firm rate was left out of rate, write-down and billing realization. */
    NO_STANDARD_RATE,
    /** A fixed-fee contract whose estimate at completion exceeds its estimated cost. */
    ESTIMATE_EXCEEDED,
    /** An approved entry that would be billable waits for a rate; its hours count as billable. */
    NO_RATE,
    /** An employee version without a standard hourly cost; its hours carry no provisional cost. */
    NO_STANDARD_COST,
    /** A fixed fee without a positive estimated cost: percent complete cannot be measured. */
    NO_ESTIMATED_COST,
    /** A final-basis figure that uses standard cost where no payroll actuals cover an entry's date. */
    PROVISIONAL_COST
}
