package dev.ledgerline.hub.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log. {@code details} is the canonical JSON of what the action recorded;
 * {@code hash} is SHA-256 over {@code previousHash} and the entry's content ({@link AuditChain}).
 */
public record AuditEntry(
        long seq,
        Instant recordedAt,
        String actor,
        String action,
        String subject,
        String details,
        String previousHash,
        String hash) {

    public AuditEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
