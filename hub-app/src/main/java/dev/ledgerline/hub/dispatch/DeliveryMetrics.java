package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.hub.ledger.Settlement;
import dev.ledgerline.hub.sync.Flows;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the dispatcher did, as Micrometer meters: records delivered and kept in the hub, failures by
 * category, retries made, and the delivery latency from acceptance to delivery. Counted from the
 * settlements the ledger took (a settlement refused because a newer version arrived is not counted).
 */
final class DeliveryMetrics {

    /** A failure that waited for an open circuit or a full limiter: not an attempt. */
    static final String UNAVAILABLE = "UNAVAILABLE";

    /** A transient failure that will be retried after a back-off. */
    static final String TRANSIENT = "TRANSIENT";

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Counts the settlements of one batch and target that were written; {@code target} is null for
     * records kept in the hub or without a target.
     */
    void settled(
            String target, Collection<Settlement> settlements, Set<UUID> written, Map<UUID, ClaimedRecord> claimed) {
        String targetTag = target == null ? "none" : target;
        for (Settlement s : settlements) {
            ClaimedRecord c = claimed.get(s.recordId());
            if (!written.contains(s.recordId()) || c == null) {
                continue;
            }
            String type = c.item().key().type().wireName();
            if (c.from() == DeliveryState.RETRY_WAIT) {
                counter(
                                "ledgerline.dispatch.retries",
                                "delivery attempts of records that failed before",
                                "target",
                                targetTag)
                        .increment();
            }
            DeliveryEvent event = s.transition().event();
            switch (event) {
                case DELIVER -> {
                    if (target == null || keptInHub(s)) {
                        counter(
                                        "ledgerline.dispatch.kept",
                                        "records kept in the hub (no Odoo flow by design, or a version its flow keeps back)",
                                        "type",
                                        type)
                                .increment();
                    } else {
                        Counter.builder("ledgerline.dispatch.delivered")
                                .description("records Odoo holds after a delivery")
                                .tags("target", targetTag, "type", type)
                                .register(registry)
                                .increment();
                        if (c.acceptedAt() != null) {
                            latency(targetTag).record(Duration.between(c.acceptedAt(), s.at()));
                        }
                    }
                }
                case FAIL_TRANSIENT -> failed(targetTag, s.attempts() == c.attempts() ? UNAVAILABLE : TRANSIENT);
                case EXHAUST, FAIL_DATA, FAIL_POLICY, FAIL_AUTH ->
                    failed(
                            targetTag,
                            s.transition().exceptionCategory().map(Enum::name).orElse(event.name()));
                default -> {
                    // waiting for a parent is neither a delivery nor a failure
                }
            }
        }
    }

    /** A version its flow kept back (a time entry not approved): nothing reached Odoo. */
    private static boolean keptInHub(Settlement s) {
        return s.cause().reason() != null && s.cause().reason().startsWith(Flows.KEPT_REASON);
    }

    private void failed(String target, String category) {
        Counter.builder("ledgerline.dispatch.failed")
                .description("delivery failures by category (TRANSIENT and UNAVAILABLE are retried)")
                .tags("target", target, "category", category)
                .register(registry)
                .increment();
    }

    private Counter counter(String name, String description, String tag, String value) {
        return Counter.builder(name).description(description).tag(tag, value).register(registry);
    }

    private Timer latency(String target) {
        return Timer.builder("ledgerline.delivery.latency")
                .description("from the acceptance of a version to its delivery in Odoo")
                .tag("target", target)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(6))
                .register(registry);
    }
}
