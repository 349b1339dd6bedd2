package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a stored payload (canonical JSON of a record's data) back into its canonical record, through
 * the same reader that accepted it at ingest.
 */
final class PayloadReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private final CanonicalReader reader = new CanonicalReader();

    @SuppressWarnings("unchecked")
    <T extends CanonicalRecord> T read(SyncItem item, Class<T> type) {
        Map<String, Object> data = JSON.readValue(item.payload(), Map.class);
        Instant occurredAt = item.occurredAt() == null ? Instant.EPOCH : item.occurredAt();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("source", item.key().source());
        envelope.put("type", item.key().type().wireName());
        envelope.put("externalId", item.key().externalId());
        envelope.put("version", BigInteger.valueOf(item.version()));
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("data", data);
        return switch (reader.read(envelope, occurredAt)) {
            case Reading.Valid v
            when type.isInstance(v.record().data()) -> (T) v.record().data();
            case Reading.Valid v ->
                throw new MappingException("stored payload of " + item.key() + " is a "
                        + v.record().data().type() + ", not a " + type.getSimpleName());
            case Reading.Invalid i ->
                throw new MappingException("stored payload of " + item.key() + " no longer reads: " + i.problems());
        };
    }
}
