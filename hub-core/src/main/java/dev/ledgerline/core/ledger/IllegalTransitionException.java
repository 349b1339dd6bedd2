package dev.ledgerline.core.ledger;

/** An event that the transition table does not allow in the record's current state. */
public class IllegalTransitionException extends RuntimeException {

    private final DeliveryState from;
    private final DeliveryEvent event;

    public IllegalTransitionException(DeliveryState from, DeliveryEvent event) {
        super("no transition from " + from + " on " + event);
        this.from = from;
        this.event = event;
    }

    public DeliveryState from() {
        return from;
    }

    public DeliveryEvent event() {
        return event;
    }
}
