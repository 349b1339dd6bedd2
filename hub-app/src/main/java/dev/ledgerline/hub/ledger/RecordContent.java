package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import java.time.Instant;
import java.util.Objects;

/**
 * The content of one accepted version as the ledger stores it: the canonical JSON of its
 * {@code data} (unknown fields included), the hash that decides duplicates, and what the dispatcher
 * orders and routes by.
 */
public record RecordContent(
        RecordKey key,
        long version,
        String payload,
        String contentHash,
        boolean deleted,
        String entity,
        Instant occurredAt,
        Instant receivedAt,
        RecordKey aggregate,
        RecordKey dependency,
        int priority) {

    public RecordContent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
