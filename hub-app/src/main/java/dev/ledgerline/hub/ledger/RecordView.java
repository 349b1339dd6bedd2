package dev.ledgerline.hub.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/records/{source}/{type}/{externalId}}: the record, every version, its delivery
 * state and history, its Odoo bindings and the refused submissions under its key. Payloads are the
 * stored canonical JSON, sent as JSON.
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
        List<Step> history) {

    public record Version(
            long version,
            String contentHash,
            boolean deleted,
            String entity,
            Instant occurredAt,
            Instant receivedAt,
            @JsonRawValue String data) {}

    public record Rejection(Long version, @JsonRawValue String errors, String actor, Instant receivedAt) {}

    public record Binding(String target, String odooModel, long odooId) {}

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
                h);
    }
}
