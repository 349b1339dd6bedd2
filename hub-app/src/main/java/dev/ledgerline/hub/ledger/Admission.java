package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.Transition;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The first row of a key: its first decision ({@code RECEIVED →} accepted, waiting or rejected) and,
 * unless rejected, the content of its first accepted version.
 */
public record Admission(UUID id, RecordKey key, RecordContent content, Transition transition, Cause cause, Instant at) {

    public Admission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
        if (transition.from() != DeliveryState.RECEIVED) {
            throw new IllegalArgumentException("an admission starts from RECEIVED, not " + transition.from());
        }
        if ((content == null) != (transition.to() == DeliveryState.REJECTED)) {
            throw new IllegalArgumentException("content is stored exactly when the key is not rejected");
        }
    }
}
