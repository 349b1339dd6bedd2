package dev.ledgerline.hub.testing;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Canonical records read from contract JSON by the reader ingest uses, so tests write records as sources send them. */
public final class Canonical {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private Canonical() {}

    /** The record of {@code type} whose {@code data} is {@code json}, sent by {@code source}. */
    @SuppressWarnings("unchecked")
    public static <T extends CanonicalRecord> T read(String source, String type, String json, Class<T> recordClass) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("source", source);
        envelope.put("type", type);
        envelope.put("externalId", "X-1");
        envelope.put("version", BigInteger.ONE);
        envelope.put("occurredAt", "2026-03-02T17:05:00Z");
        envelope.put("data", JSON.readValue(json, Map.class));
        return switch (new CanonicalReader().read(envelope, Instant.parse("2026-03-02T17:05:00Z"))) {
            case Reading.Valid v -> recordClass.cast(v.record().data());
            case Reading.Invalid i -> throw new IllegalArgumentException("not a valid " + type + ": " + i.problems());
        };
    }
}
