package dev.ledgerline.hub.dispatch;

import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.StateWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the dispatcher does between claims, every {@code maintenance-interval}: frees work whose lease
 * ran out (its instance died) and releases children whose parents were delivered without releasing
 * them.
 */
final class Maintenance {

    private static final Logger log = LoggerFactory.getLogger(Maintenance.class);

    private final StateWriter states;
    private final DependencyRelease dependencies;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration interval;
    private final Cause cause;
    private Instant next = Instant.MIN;

    Maintenance(
            StateWriter states,
            DependencyRelease dependencies,
            TransactionTemplate tx,
            Clock clock,
            Duration interval,
            String owner) {
        this.states = states;
        this.dependencies = dependencies;
        this.tx = tx;
        this.clock = clock;
        this.interval = interval;
        this.cause = Cause.of("dispatcher:" + owner, "lease expired");
    }

    void runIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(next)) {
            return;
        }
        next = now.plus(interval);
        int expired = tx.execute(s -> states.expireLeases(now, cause));
        int released = tx.execute(s -> dependencies.sweep(Cause.of(cause.actor(), "parent delivered"), now));
        if (expired > 0 || released > 0) {
            log.info("freed {} records with expired leases, released {} waiting children", expired, released);
        }
    }
}
