package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.CanonicalRecord;
import java.time.Instant;

/** Reads the {@code data} of one record type; returns null when it added a problem. */
@FunctionalInterface
interface TypeReader {

    CanonicalRecord read(Fields data, Instant occurredAt);
}
