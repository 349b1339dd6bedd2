package dev.ledgerline.core.ledger;

/**
 * Where a ledger record stands on its way to Odoo. {@link #RECEIVED} is the state of an item the
 * ledger has read but not yet decided on; every stored record has left it in the transaction that
 * stored it, so it appears only as the {@code from} of a record's first transition.
 */
public enum DeliveryState {
    RECEIVED,
    PENDING,
    PENDING_DEPENDENCY,
    IN_FLIGHT,
    DELIVERED,
    RETRY_WAIT,
    EXCEPTION,
    DISCARDED,
    REJECTED;

    /** Whether the record still waits for (or is in) delivery: what ingest backpressure counts. */
    public boolean isBacklog() {
        return this == PENDING || this == PENDING_DEPENDENCY || this == IN_FLIGHT || this == RETRY_WAIT;
    }
}
