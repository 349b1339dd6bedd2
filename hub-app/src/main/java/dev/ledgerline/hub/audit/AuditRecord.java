package dev.ledgerline.hub.audit;

import java.util.Map;
import java.util.Objects;

/**
 * What a feature asks the audit log to record: who ({@code token:ops-console}, {@code user:ana},
 * {@code system}), the action ({@code ownership.rejected}, {@code exception.replayed} — dotted, at
 * most 64 characters), its subject (a record key, a proposal id; may be null) and the details as a
 * JSON-like tree (maps, lists, strings, numbers, booleans).
 */
public record AuditRecord(String actor, String action, String subject, Map<String, ?> details) {

    public AuditRecord {
        requireText(actor, "actor", 128);
        requireText(action, "action", 64);
        if (subject != null && subject.length() > 400) {
            throw new IllegalArgumentException("subject must be at most 400 characters");
        }
        details = details == null ? Map.of() : details;
    }

    private static void requireText(String value, String name, int max) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
    }
}
