package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.Settlement;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.sync.Flows;
import dev.ledgerline.hub.sync.SyncOutcome;
import dev.ledgerline.hub.sync.SyncOutcome.Delivered;
import dev.ledgerline.hub.sync.SyncOutcome.Failed;
import dev.ledgerline.hub.sync.SyncOutcome.Kept;
import dev.ledgerline.hub.sync.SyncOutcome.Waiting;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import dev.ledgerline.odoo.client.OdooException;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns one record's sync outcome into its settlement: delivered; waiting for a parent; retry after a
 * back-off with jitter; or an exception of the category its failure's type names (a check before
 * delivery names its own: {@code POLICY} or {@code DATA}). Each failure keeps
 * Odoo's error name and message and the attempt in the transition history.
 */
final class Verdicts {

    private final String actor;
    private final int maxAttempts;
    private final IntervalFunction backoff;
    private final Duration pollInterval;

    Verdicts(String owner, DispatchProperties properties) {
        this.actor = "dispatcher:" + owner;
        this.maxAttempts = properties.maxAttempts();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(
                properties.backoffInitial(),
                properties.backoffMultiplier(),
                properties.backoffRandomization(),
                properties.backoffMax());
        this.pollInterval = properties.pollInterval();
    }

    Settlement settle(ClaimedRecord c, Target target, SyncOutcome outcome, Instant now) {
        int attempt = c.attempts() + 1;
        return switch (outcome) {
            case Delivered d ->
                settlement(
                        c,
                        DeliveryEvent.DELIVER,
                        new Cause(actor, delivered(target, d), null, null, attempt),
                        now,
                        attempt,
                        null,
                        null);
            case Kept k ->
                settlement(
                        c,
                        DeliveryEvent.DELIVER,
                        new Cause(
                                actor,
                                Flows.KEPT_REASON + ": "
                                        + (k.reason() == null
                                                ? "no Odoo flow for "
                                                        + c.item().key().type()
                                                : k.reason()),
                                null,
                                null,
                                attempt),
                        now,
                        attempt,
                        null,
                        null);
            case Waiting w ->
                settlement(
                        c,
                        DeliveryEvent.WAIT_FOR_DEPENDENCY,
                        new Cause(actor, "waits for " + w.parent() + " in Odoo", null, null, attempt),
                        now,
                        c.attempts(),
                        null,
                        w.parent());
            case Failed f -> failed(c, target, f.cause(), now);
        };
    }

    private Settlement failed(ClaimedRecord c, Target target, RuntimeException failure, Instant now) {
        int attempt = c.attempts() + 1;
        return switch (FailureKind.of(failure)) {
            case UNAVAILABLE -> {
                Duration wait = target == null ? pollInterval : target.waitInOpenState();
                yield settlement(
                        c,
                        DeliveryEvent.FAIL_TRANSIENT,
                        cause(failure, "target " + name(target) + " unavailable; waits, not an attempt", c.attempts()),
                        now,
                        c.attempts(),
                        now.plus(wait),
                        null);
            }
            case TRANSIENT ->
                attempt >= maxAttempts
                        ? settlement(
                                c,
                                DeliveryEvent.EXHAUST,
                                cause(failure, "transient failure, " + attempt + " attempts made", attempt),
                                now,
                                attempt,
                                null,
                                null)
                        : settlement(
                                c,
                                DeliveryEvent.FAIL_TRANSIENT,
                                cause(failure, "transient failure, attempt " + attempt + " of " + maxAttempts, attempt),
                                now,
                                attempt,
                                now.plusMillis(backoff.apply(attempt)),
                                null);
            case DATA ->
                failure instanceof DeliveryRefusedException r && r.category() == ExceptionCategory.POLICY
                        ? settlement(
                                c,
                                DeliveryEvent.FAIL_POLICY,
                                cause(failure, "refused by the firm's rules", attempt),
                                now,
                                attempt,
                                null,
                                null)
                        : settlement(
                                c,
                                DeliveryEvent.FAIL_DATA,
                                cause(failure, "data refused", attempt),
                                now,
                                attempt,
                                null,
                                null);
            case AUTH_CONFIG ->
                settlement(
                        c,
                        DeliveryEvent.FAIL_AUTH,
                        cause(failure, "access or configuration of target " + name(target), attempt),
                        now,
                        attempt,
                        null,
                        null);
        };
    }

    private Cause cause(RuntimeException failure, String reason, int attempt) {
        if (failure instanceof OdooException odoo) {
            return new Cause(actor, reason, odoo.errorName(), odoo.odooMessage(), attempt);
        }
        return new Cause(actor, reason, failure.getClass().getName(), failure.getMessage(), attempt);
    }

    private static Settlement settlement(
            ClaimedRecord c,
            DeliveryEvent event,
            Cause cause,
            Instant now,
            int attempts,
            Instant nextAttemptAt,
            dev.ledgerline.core.canonical.RecordKey dependency) {
        return new Settlement(
                c.item().id(),
                c.item().version(),
                c.lockVersion(),
                DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, event),
                cause,
                now,
                attempts,
                nextAttemptAt,
                dependency);
    }

    private static String delivered(Target target, Delivered d) {
        String effect = d.effect().name().toLowerCase(java.util.Locale.ROOT);
        return d.odooId() == null
                ? "delivered to " + target.name() + ": " + effect
                : "delivered to " + target.name() + ": " + d.model() + " " + d.odooId() + " " + effect;
    }

    private static String name(Target target) {
        return target == null ? "(none)" : target.name();
    }
}
