package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.LedgerRepository.BacklogCount;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.odoo.Targets;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Backlog gauges from one grouped count of the ledger every {@code ledgerline.metrics.backlog-interval}
 * (never on a scrape): records waiting per state and target (zero rows included) and per state and
 * type, open exceptions per category, target and type, the age of the oldest waiting version per
 * target, and the total ingest compares with its limit. A record's target is the one its entity
 * routes to.
 */
@Component
class BacklogMetrics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BacklogMetrics.class);
    private static final List<DeliveryState> WAITING = List.of(
            DeliveryState.PENDING, DeliveryState.PENDING_DEPENDENCY, DeliveryState.RETRY_WAIT, DeliveryState.IN_FLIGHT);

    private final LedgerRepository ledger;
    private final Targets targets;
    private final Clock clock;
    private final Duration interval;
    private final MultiGauge records;
    private final MultiGauge byType;
    private final MultiGauge exceptions;
    private final MultiGauge oldest;
    private final AtomicLong total = new AtomicLong();
    private ScheduledExecutorService timer;

    BacklogMetrics(
            LedgerRepository ledger,
            Targets targets,
            Clock clock,
            MetricsProperties properties,
            MeterRegistry registry) {
        this.ledger = ledger;
        this.targets = targets;
        this.clock = clock;
        this.interval = properties.backlogInterval();
        this.records = MultiGauge.builder("ledgerline.backlog.records")
                .description("records waiting for delivery, by state and target")
                .register(registry);
        this.byType = MultiGauge.builder("ledgerline.backlog.types")
                .description("records waiting for delivery, by state and record type")
                .register(registry);
        this.exceptions = MultiGauge.builder("ledgerline.exceptions.open")
                .description("records stopped in EXCEPTION, by category, target and type")
                .register(registry);
        this.oldest = MultiGauge.builder("ledgerline.backlog.oldest.age")
                .description("age of the oldest version waiting for delivery, per target")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("ledgerline.backlog.depth", total, AtomicLong::get)
                .description("records not yet delivered (what ingest's max-backlog is compared with)")
                .register(registry);
    }

    /**
     * Counts now; the timer calls it every interval. Synchronized: two refreshes at once would register
     * the same gauge row twice, which the Prometheus scrape refuses.
     */
    synchronized void refresh() {
        List<BacklogCount> counts = ledger.backlogCounts();
        Instant now = clock.instant();
        Map<Tags, Long> waiting = new HashMap<>();
        Map<Tags, Long> waitingByType = new HashMap<>();
        Map<Tags, Long> stopped = new HashMap<>();
        Map<String, Instant> oldestByTarget = new HashMap<>();
        long depth = 0;
        for (Target t : targets.all()) {
            oldestByTarget.put(t.name(), null);
            for (DeliveryState s : WAITING) {
                waiting.put(Tags.of("state", s.name(), "target", t.name()), 0L);
            }
        }
        for (BacklogCount c : counts) {
            String target = targets.forEntity(c.entity()).map(Target::name).orElse("none");
            String type = c.type() == null ? "unknown" : c.type().wireName();
            if (c.state() == DeliveryState.EXCEPTION) {
                stopped.merge(
                        Tags.of(
                                "category",
                                c.category() == null ? "unknown" : c.category(),
                                "target",
                                target,
                                "type",
                                type),
                        c.count(),
                        Long::sum);
                continue;
            }
            depth += c.count();
            waiting.merge(Tags.of("state", c.state().name(), "target", target), c.count(), Long::sum);
            waitingByType.merge(Tags.of("state", c.state().name(), "type", type), c.count(), Long::sum);
            if (c.oldest() != null) {
                oldestByTarget.merge(target, c.oldest(), (a, b) -> a == null || b.isBefore(a) ? b : a);
            }
        }
        records.register(rows(waiting), true);
        byType.register(rows(waitingByType), true);
        exceptions.register(rows(stopped), true);
        List<MultiGauge.Row<?>> ages = new ArrayList<>();
        oldestByTarget.forEach((target, at) -> ages.add(MultiGauge.Row.of(
                Tags.of("target", target),
                at == null ? 0.0 : Math.max(0, Duration.between(at, now).toMillis() / 1000.0))));
        oldest.register(ages, true);
        total.set(depth);
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Long> values) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>(values.size());
        values.forEach((tags, n) -> rows.add(MultiGauge.Row.of(tags, n)));
        return rows;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the database may be down for a moment: the gauges keep their last values
            log.debug("backlog count failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                    .daemon()
                    .name("ledgerline-backlog-gauges")
                    .factory());
            timer.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            // no interrupt: an interrupted thread closes an H2 database's file under everyone's feet
            timer.shutdown();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
