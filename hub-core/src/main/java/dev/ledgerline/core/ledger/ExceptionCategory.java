package dev.ledgerline.core.ledger;

/** Why a record stopped in {@link DeliveryState#EXCEPTION}; decided by the kind of failure, never its text. */
public enum ExceptionCategory {
    /** Transient failures went on until the retry budget ran out. */
    TRANSIENT_EXHAUSTED,
    /** Odoo refused the data (validation or user error, missing mapping). */
    DATA,
    /** A hub policy stopped it (ownership, missing tax mapping, no rate). */
    POLICY,
    /** Odoo refused the credentials or the access rights of the target. */
    AUTH_CONFIG
}
