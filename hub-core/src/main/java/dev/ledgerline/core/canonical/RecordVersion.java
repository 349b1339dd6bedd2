package dev.ledgerline.core.canonical;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a source record as the ledger holds it. {@code receivedAt} is the ledger's receipt
 * time, which every point-in-time figure uses (never {@code occurredAt}); {@code deleted} marks a
 * tombstone, whose {@code data} is the last known content.
 */
public record RecordVersion<T extends CanonicalRecord>(
        RecordKey key, long version, Instant occurredAt, Instant receivedAt, String entity, boolean deleted, T data) {

    public RecordVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(data, "data");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        if (data.type() != key.type()) {
            throw new IllegalArgumentException("data of type " + data.type() + " under key " + key);
        }
    }

    /** Whether this version was held by the ledger at {@code instant}. */
    public boolean heldAt(Instant instant) {
        return !receivedAt.isAfter(instant);
    }
}
