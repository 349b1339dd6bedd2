package dev.ledgerline.hub.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dispatcher claims and retries.
 *
 * @param enabled whether this instance delivers at all (it also needs a configured target)
 * @param batchSize most records one claim takes (and one Odoo create carries)
 * @param maxInFlightBatches claimed batches being delivered at once: with the batch size, the bound
 *     on the records this instance holds in memory, whatever the backlog
 * @param pollInterval how long to wait when nothing is due
 * @param lease how long a claim holds its records; an instance that has not answered by then is taken
 *     for dead and its records are claimed again (longer than a batch's calls can take)
 * @param maxAttempts delivery attempts before a transient failure becomes {@code
 *     EXCEPTION/TRANSIENT_EXHAUSTED}; waiting for an open circuit is not an attempt
 * @param backoffInitial wait after the first transient failure
 * @param backoffMultiplier factor of each further wait
 * @param backoffRandomization jitter: each wait is drawn from ± this fraction of its value
 * @param backoffMax longest wait
 * @param maintenanceInterval how often expired leases and missed dependency releases are looked for
 * @param instance this instance's name in leases and the transition history (default: host and a
 *     random suffix)
 */
@ConfigurationProperties("ledgerline.dispatch")
public record DispatchProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500") int batchSize,
        @DefaultValue("4") int maxInFlightBatches,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("10m") Duration lease,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("1s") Duration backoffInitial,
        @DefaultValue("2") double backoffMultiplier,
        @DefaultValue("0.5") double backoffRandomization,
        @DefaultValue("15m") Duration backoffMax,
        @DefaultValue("5s") Duration maintenanceInterval,
        String instance) {

    public DispatchProperties {
        positive("batch-size", batchSize);
        positive("max-in-flight-batches", maxInFlightBatches);
        positive("max-attempts", maxAttempts);
        positive("poll-interval", pollInterval.toMillis());
        positive("lease", lease.toMillis());
        positive("backoff-initial", backoffInitial.toMillis());
        positive("maintenance-interval", maintenanceInterval.toMillis());
        if (backoffMultiplier < 1) {
            throw new IllegalArgumentException("ledgerline.dispatch.backoff-multiplier must be at least 1");
        }
        if (backoffRandomization < 0 || backoffRandomization >= 1) {
            throw new IllegalArgumentException("ledgerline.dispatch.backoff-randomization must be in [0, 1)");
        }
        if (backoffMax.compareTo(backoffInitial) < 0) {
            throw new IllegalArgumentException(
                    "ledgerline.dispatch.backoff-max must not be shorter than ledgerline.dispatch.backoff-initial");
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("ledgerline.dispatch." + name + " must be positive, was " + value);
        }
    }
}
