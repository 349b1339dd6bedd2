package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ownership.FieldViolation;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problem;
import dev.ledgerline.hub.audit.AuditRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item that changed data its source does not own, as the audit log records it: action
 * {@code ownership.rejected} or {@code ownership.ignored}, subject the record key, details the
 * source, key, version and each foreign field with its owner.
 */
record OwnershipViolation(
        String actor,
        boolean ignored,
        String source,
        String type,
        String externalId,
        Long version,
        Map<String, String> ownersByField) {

    static OwnershipViolation of(PreparedItem item, OwnershipCheck.Judgement judgement, String actor) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (FieldViolation v : judgement.violations()) {
            owners.put(v.path(), v.owner());
        }
        RecordKey key = item.key();
        return new OwnershipViolation(
                actor,
                !judgement.refused(),
                key.source(),
                key.type().wireName(),
                key.externalId(),
                item.version(),
                owners);
    }

    /** A refusal the canonical reader made already (a source sending Odoo's {@code invoice}). */
    static Optional<OwnershipViolation> amongProblems(PreparedItem item, List<Problem> problems, String actor) {
        Map<String, String> owners = new LinkedHashMap<>();
        problems.stream()
                .filter(p -> p.code() == ErrorCode.OWNERSHIP_VIOLATION)
                .forEach(p -> owners.put(p.field() == null ? "type" : p.field(), "odoo"));
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> envelope = item.envelope() == null ? Map.of() : item.envelope();
        return Optional.of(new OwnershipViolation(
                actor,
                false,
                text(envelope.get("source")),
                text(envelope.get("type")),
                text(envelope.get("externalId")),
                envelope.get("version") instanceof Number n ? n.longValue() : null,
                owners));
    }

    AuditRecord audit() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("type", type);
        details.put("externalId", externalId);
        details.put("version", version);
        details.put("fields", List.copyOf(ownersByField.keySet()));
        details.put("owners", ownersByField);
        String subject = source + ":" + type + ":" + externalId;
        return new AuditRecord(
                actor,
                ignored ? "ownership.ignored" : "ownership.rejected",
                subject.length() > 400 ? subject.substring(0, 400) : subject,
                details);
    }

    private static String text(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        return s.length() > 255 ? s.substring(0, 255) : s;
    }
}
