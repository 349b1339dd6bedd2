package dev.ledgerline.core.testdata;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import java.time.Instant;

/** Wraps records as ledger versions. */
public final class Versions {

    public static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private Versions() {}

    /** Version 1 of a record received long before any run. */
    public static <T extends CanonicalRecord> RecordVersion<T> held(String source, String id, T data) {
        return held(source, id, 1, LONG_AGO, data);
    }

    public static <T extends CanonicalRecord> RecordVersion<T> held(
            String source, String id, long version, Instant receivedAt, T data) {
        return new RecordVersion<>(
                RecordKey.of(source, data.type(), id), version, receivedAt, receivedAt, null, false, data);
    }

    public static <T extends CanonicalRecord> RecordVersion<T> deleted(
            String source, String id, long version, Instant receivedAt, T data) {
        return new RecordVersion<>(
                RecordKey.of(source, data.type(), id), version, receivedAt, receivedAt, null, true, data);
    }
}
