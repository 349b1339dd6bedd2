package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.ledger.DeliveryState;
import java.util.UUID;
import org.springframework.dao.ConcurrencyFailureException;

/** A record was no longer in the state a transition starts from: someone else moved it first. */
public class StateConflictException extends ConcurrencyFailureException {

    public StateConflictException(UUID recordId, DeliveryState expected) {
        super("record " + recordId + " is no longer " + expected);
    }
}
