package dev.ledgerline.core.billability;

/**
 * Why an entry is not billable, in the order the reasons are tried: an entry carries the first that
 * applies. The names are the stable codes of contract.md.
 */
public enum BillabilityReason {
    /** Status {@code rejected}: excluded from every figure. */
    REJECTED,
    /** Status {@code draft} or {@code submitted}: unapproved time. */
    NOT_APPROVED,
    /** The entry's, task's or project's {@code billable} is false, or the project is internal. */
    PROJECT_NOT_BILLABLE,
    /** The project is {@code closed}. */
    PROJECT_CLOSED,
    /** The entry's date is outside the contract period after signed amendments. */
    OUTSIDE_CONTRACT_PERIOD;

    public String code() {
        return name();
    }
}
