package dev.ledgerline.hub.operations;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An operator's corrected payload for a stopped record: the envelope it becomes (version {@code
 * version}, made against {@code baseVersion}), who made it and why, and what became of it.
 */
record Correction(
        UUID id,
        UUID recordId,
        long baseVersion,
        long version,
        String envelope,
        String reason,
        String proposedBy,
        Instant proposedAt,
        Status status,
        String decidedBy,
        Instant decidedAt) {

    enum Status {
        /** Waits for a second operator. */
        PROPOSED,
        /** Became the record's new version. */
        APPLIED,
        /** Replaced by a later correction, or the record moved on before approval. */
        SUPERSEDED
    }

    Correction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(status, "status");
    }
}
