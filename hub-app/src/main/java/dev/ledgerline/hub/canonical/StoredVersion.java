package dev.ledgerline.hub.canonical;

import dev.ledgerline.core.canonical.RecordKey;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code ledger_record_version} with its key: the stored form of a {@code RecordVersion}. */
record StoredVersion(
        UUID recordId,
        RecordKey key,
        long version,
        String payload,
        boolean deleted,
        String entity,
        Instant occurredAt,
        Instant receivedAt) {}
