package dev.ledgerline.core.ledger;

import java.util.Optional;

/**
 * What happens to a record. Events that stop a record in {@link DeliveryState#EXCEPTION} name the
 * category they stop it with, so the category can never disagree with the cause.
 */
public enum DeliveryEvent {
    /** Ingest accepted a version whose parents are all in the ledger. */
    ACCEPT,
    /** Ingest accepted a version, or the dispatcher found a parent missing: wait for it. */
    WAIT_FOR_DEPENDENCY,
    /** Ingest refused every version sent so far under this key. */
    REJECT,
    /** The last missing parent arrived. */
    DEPENDENCY_RESOLVED,
    /** A dispatcher took the record under a lease (also a due retry). */
    CLAIM,
    /** Odoo holds the record's current version. */
    DELIVER,
    /** A transient failure (timeout, 5xx, lock): try again later. */
    FAIL_TRANSIENT,
    /** A transient failure after the last allowed attempt. */
    EXHAUST(ExceptionCategory.TRANSIENT_EXHAUSTED),
    /** Odoo refused the data. */
    FAIL_DATA(ExceptionCategory.DATA),
    /** A policy of the hub stopped the delivery. */
    FAIL_POLICY(ExceptionCategory.POLICY),
    /** Odoo refused access. */
    FAIL_AUTH(ExceptionCategory.AUTH_CONFIG),
    /** The lease of a dispatcher ran out (it crashed or stalled): the work is free again. */
    LEASE_EXPIRED,
    /** An operator sends a stopped record again. */
    REPLAY,
    /** An operator gives a record up, with a reason. */
    DISCARD;

    private final ExceptionCategory category;

    DeliveryEvent() {
        this(null);
    }

    DeliveryEvent(ExceptionCategory category) {
        this.category = category;
    }

    /** The exception category this event stops a record with, when it leads to {@code EXCEPTION}. */
    public Optional<ExceptionCategory> exceptionCategory() {
        return Optional.ofNullable(category);
    }
}
