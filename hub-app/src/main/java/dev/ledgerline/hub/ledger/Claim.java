package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.Transition;
import java.util.Objects;
import java.util.UUID;

/** A dispatcher's claim of one record, valid only while the record still has {@code lockVersion}. */
public record Claim(UUID recordId, Long version, long lockVersion, Transition transition, Cause cause) {

    public Claim {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(cause, "cause");
        if (transition.event() != DeliveryEvent.CLAIM) {
            throw new IllegalArgumentException("a claim is a CLAIM transition, not " + transition.event());
        }
    }
}
