package dev.ledgerline.hub.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/records/{source}/{type}/{externalId}}: the record, every version, its delivery
 * state and history, its Odoo bindings (with the reference written on the Odoo record and a link to
 * it) and the refused submissions under its key. {@code keptInHub} says the type never goes to Odoo.
 * Payloads are the stored canonical JSON, sent as JSON.
 */
public record RecordView(
        String ledgerId,
        String source,
        String type,
        String externalId,
        Long version,
        String state,
        String exceptionCategory,
        int attempts,
        Instant nextAttemptAt,
        int priority,
        String aggregate,
        String waitingFor,
        String entity,
        boolean deleted,
        Instant receivedAt,
        Instant occurredAt,
        Instant updatedAt,
        String lastErrorName,
        String lastErrorMessage,
        @JsonRawValue String data,
        List<Version> versions,
        List<Rejection> rejections,
        List<Binding> bindings,
        List<Step> history,
        boolean keptInHub) {

    public record Version(
            long version,
            String contentHash,
            boolean deleted,
            String entity,
            Instant occurredAt,
            Instant receivedAt,
            @JsonRawValue String data) {}

    public record Rejection(Long version, @JsonRawValue String errors, String actor, Instant receivedAt) {}

    /**
     * One Odoo record standing for this one: the target, model and id, the hub's reference written on it
     * ({@code ll:<source>:<type>:<externalId>}) and a link to its form in Odoo (null while unknown).
     */
    public record Binding(String target, String odooModel, long odooId, String reference, String url) {}

    public record Step(
            Long version,
            String from,
            String event,
            String to,
            String exceptionCategory,
            String actor,
            String reason,
            String errorName,
            String errorMessage,
            Integer attempt,
            Instant at) {}

    @JsonIgnore
    UUID uuid() {
        return UUID.fromString(ledgerId);
    }

    /** The same record with its bindings completed and whether its type stays in the hub. */
    public RecordView withOdoo(List<Binding> b, boolean kept) {
        return new RecordView(
                ledgerId,
                source,
                type,
                externalId,
                version,
                state,
                exceptionCategory,
                attempts,
                nextAttemptAt,
                priority,
                aggregate,
                waitingFor,
                entity,
                deleted,
                receivedAt,
                occurredAt,
                updatedAt,
                lastErrorName,
                lastErrorMessage,
                data,
                versions,
                rejections,
                b,
                history,
                kept);
    }

    RecordView with(List<Version> v, List<Rejection> r, List<Binding> b, List<Step> h) {
        return new RecordView(
                ledgerId,
                source,
                type,
                externalId,
                version,
                state,
                exceptionCategory,
                attempts,
                nextAttemptAt,
                priority,
                aggregate,
                waitingFor,
                entity,
                deleted,
                receivedAt,
                occurredAt,
                updatedAt,
                lastErrorName,
                lastErrorMessage,
                data,
                v,
                r,
                b,
                h,
                keptInHub);
    }
}
