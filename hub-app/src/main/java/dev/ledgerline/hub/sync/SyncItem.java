package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.RecordKey;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One ledger record to deliver: its current version as the ledger holds it ({@code payload} is the
 * canonical JSON of its data; {@code deleted} marks a tombstone).
 */
public record SyncItem(
        UUID id, RecordKey key, long version, String payload, boolean deleted, String entity, Instant occurredAt) {

    public SyncItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }
}
