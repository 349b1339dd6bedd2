package dev.ledgerline.core.canonical;

import java.util.Objects;

/**
 * The identity of a source record and the ledger's idempotency key: {@code (source, type, externalId)}.
 * Its text form {@code source:type:externalId} is the {@code ref} used in proposals and reports.
 */
public record RecordKey(String source, RecordType type, String externalId) {

    public RecordKey {
        requireText(source, "source");
        Objects.requireNonNull(type, "type");
        requireText(externalId, "externalId");
    }

    public static RecordKey of(String source, RecordType type, String externalId) {
        return new RecordKey(source, type, externalId);
    }

    /** Parses {@code source:type:externalId}; the external id may itself contain colons. */
    public static RecordKey parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a record key: " + text);
        }
        RecordType type = RecordType.fromWire(parts[1])
                .orElseThrow(() -> new IllegalArgumentException("unknown record type in key: " + text));
        return new RecordKey(parts[0], type, parts[2]);
    }

    /** The reference another record would use to point at this one. */
    public Ref ref() {
        return new Ref(source, externalId);
    }

    @Override
    public String toString() {
        return source + ":" + type.wireName() + ":" + externalId;
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
