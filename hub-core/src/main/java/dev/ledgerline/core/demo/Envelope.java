package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One envelope of the ingest contract as a neutral JSON tree, fields in the contract's order. */
final class Envelope {

    private Envelope() {}

    static Map<String, Object> of(
            String source,
            RecordType type,
            String externalId,
            long version,
            Instant occurredAt,
            String entity,
            DataTree data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source", source);
        e.put("type", type.wireName());
        e.put("externalId", externalId);
        e.put("version", BigInteger.valueOf(version));
        e.put("occurredAt", occurredAt.toString());
        if (entity != null) {
            e.put("entity", entity);
        }
        e.put("data", data.map());
        return e;
    }

    static String externalId(Map<String, Object> envelope) {
        return (String) envelope.get("externalId");
    }

    static String type(Map<String, Object> envelope) {
        return (String) envelope.get("type");
    }

    static Instant occurredAt(Map<String, Object> envelope) {
        return Instant.parse((String) envelope.get("occurredAt"));
    }
}
