package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.Transition;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The dispatcher's outcome for one claimed record: the transition out of {@code IN_FLIGHT}, the
 * attempts made so far, when it is due next ({@code RETRY_WAIT}) and the parent it now waits for
 * ({@code PENDING_DEPENDENCY}). {@code lockVersion} is the one the claim left.
 */
public record Settlement(
        UUID recordId,
        Long version,
        long lockVersion,
        Transition transition,
        Cause cause,
        Instant at,
        int attempts,
        Instant nextAttemptAt,
        RecordKey dependency) {

    public Settlement {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
        if (transition.from() != DeliveryState.IN_FLIGHT) {
            throw new IllegalArgumentException("a settlement starts from IN_FLIGHT, not " + transition.from());
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }
}
