package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.ledger.Transition;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One transition of an existing record. {@code version} is the version it concerns; {@code
 * nextAttemptAt} is when the record is due next (for {@code RETRY_WAIT}, the end of the back-off).
 */
public record StateChange(
        UUID recordId, Long version, Transition transition, Cause cause, Instant at, Instant nextAttemptAt) {

    public StateChange {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
    }
}
