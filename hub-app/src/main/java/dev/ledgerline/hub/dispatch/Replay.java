package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.StateChange;
import dev.ledgerline.hub.ledger.StateWriter;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator sends a stopped record again ({@code EXCEPTION} or {@code DISCARDED} {@code → PENDING});
 * replaying a delivered record changes nothing (reliability-security.md: replay is safe). The
 * delivery searches Odoo by the record's reference first, so a replay never creates a second record.
 */
@Component
public class Replay {

    /** What a replay did. */
    public enum Result {
        REPLAYED,
        ALREADY_DELIVERED,
        NOT_STOPPED,
        UNKNOWN_RECORD
    }

    private final LedgerRepository ledger;
    private final StateWriter states;
    private final TransactionTemplate tx;
    private final Clock clock;

    public Replay(LedgerRepository ledger, StateWriter states, TransactionTemplate tx, Clock clock) {
        this.ledger = ledger;
        this.states = states;
        this.tx = tx;
        this.clock = clock;
    }

    public Result replay(UUID recordId, String operator, String reason) {
        return tx.execute(status -> {
            DeliveryState state = ledger.lockStates(List.of(recordId)).get(recordId);
            if (state == null) {
                return Result.UNKNOWN_RECORD;
            }
            if (state == DeliveryState.DELIVERED) {
                return Result.ALREADY_DELIVERED;
            }
            if (!DeliveryStateMachine.permits(state, DeliveryEvent.REPLAY)) {
                return Result.NOT_STOPPED;
            }
            states.apply(List.of(new StateChange(
                    recordId,
                    null,
                    DeliveryStateMachine.next(state, DeliveryEvent.REPLAY),
                    Cause.of("operator:" + operator, reason),
                    clock.instant(),
                    null)));
            return Result.REPLAYED;
        });
    }
}
