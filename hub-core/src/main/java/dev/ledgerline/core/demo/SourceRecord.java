package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.time.Instant;
import java.util.Map;

/** One version of one record as its source system sends it; {@link #toEnvelope} gives the wire form. */
record SourceRecord(
        String source,
        RecordType type,
        String externalId,
        long version,
        Instant occurredAt,
        String entity,
        DataTree data) {

    static SourceRecord first(
            String source, RecordType type, String externalId, Instant occurredAt, String entity, DataTree data) {
        return new SourceRecord(source, type, externalId, 1, occurredAt, entity, data);
    }

    Map<String, Object> toEnvelope() {
        return Envelope.of(source, type, externalId, version, occurredAt, entity, data);
    }
}
