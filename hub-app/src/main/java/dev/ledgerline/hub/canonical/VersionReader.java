package dev.ledgerline.hub.canonical;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a stored version back into a typed {@link RecordVersion} with the reader ingest validated it
 * with, so a record reads the same on both sides. A stored payload always passed that reader; one
 * that no longer does (a rule tightened since) is an error worth stopping for, never skipped.
 */
final class VersionReader {

    private static final CanonicalReader READER = new CanonicalReader();

    private VersionReader() {}

    static RecordVersion<CanonicalRecord> read(StoredVersion v) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("source", v.key().source());
        envelope.put("type", v.key().type().wireName());
        envelope.put("externalId", v.key().externalId());
        envelope.put("version", BigInteger.valueOf(v.version()));
        envelope.put("occurredAt", (v.occurredAt() == null ? Instant.EPOCH : v.occurredAt()).toString());
        if (v.entity() != null) {
            envelope.put("entity", v.entity());
        }
        envelope.put("data", PayloadTrees.parse(v.payload()));
        return switch (READER.read(envelope, v.receivedAt())) {
            case Reading.Valid valid -> valid.record();
            case Reading.Invalid invalid ->
                throw new UnreadableVersionException(v.key() + " version " + v.version() + ": " + invalid.problems());
        };
    }
}
