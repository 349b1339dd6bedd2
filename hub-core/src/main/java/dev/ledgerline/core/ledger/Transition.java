package dev.ledgerline.core.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * One legal step of the delivery state machine. Only {@link DeliveryStateMachine} creates them, so
 * holding a {@code Transition} proves the step is in the table.
 */
public record Transition(DeliveryState from, DeliveryEvent event, DeliveryState to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
        if (!DeliveryStateMachine.allows(from, event, to)) {
            throw new IllegalTransitionException(from, event);
        }
    }

    /** The category of the exception this step stops in; empty unless {@code to} is {@code EXCEPTION}. */
    public Optional<ExceptionCategory> exceptionCategory() {
        return to == DeliveryState.EXCEPTION ? event.exceptionCategory() : Optional.empty();
    }
}
