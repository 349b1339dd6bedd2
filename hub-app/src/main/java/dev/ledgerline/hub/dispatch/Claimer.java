package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.Claim;
import dev.ledgerline.hub.ledger.StateWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One claim, in one transaction: the strategy's candidates, the aggregate check, then the conditional
 * update that takes them under a lease of {@code owner} until {@code now + lease}.
 */
final class Claimer {

    private final ClaimStrategy strategy;
    private final AggregateOrder order;
    private final StateWriter states;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String owner;
    private final Duration lease;

    Claimer(
            ClaimStrategy strategy,
            AggregateOrder order,
            StateWriter states,
            TransactionTemplate tx,
            Clock clock,
            String owner,
            Duration lease) {
        this.strategy = strategy;
        this.order = order;
        this.states = states;
        this.tx = tx;
        this.clock = clock;
        this.owner = owner;
        this.lease = lease;
    }

    String owner() {
        return owner;
    }

    /** Takes at most {@code limit} due records of {@code types}, in lane and age order. */
    List<ClaimedRecord> claim(Collection<RecordType> types, int limit) {
        if (types.isEmpty() || limit <= 0) {
            return List.of();
        }
        return tx.execute(status -> {
            Instant now = clock.instant();
            List<ClaimedRecord> candidates = strategy.candidates(types, limit, now);
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<ClaimedRecord> kept = order.keep(candidates, types, now);
            List<Claim> claims = kept.stream()
                    .map(c -> new Claim(
                            c.item().id(),
                            c.item().version(),
                            c.lockVersion(),
                            DeliveryStateMachine.next(c.from(), DeliveryEvent.CLAIM),
                            new Cause("dispatcher:" + owner, "claimed", null, null, c.attempts() + 1)))
                    .toList();
            Set<java.util.UUID> taken = states.claim(claims, owner, now, now.plus(lease));
            return kept.stream()
                    .filter(c -> taken.contains(c.item().id()))
                    .map(ClaimedRecord::taken)
                    .toList();
        });
    }
}
