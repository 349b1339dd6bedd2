package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.LedgerRepository.BacklogCount;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.odoo.Targets;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * routes to. A row once shown stays, at zero when nothing is counted for it ({@link GaugeRows}).
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
    private final GaugeRows records;
    private final GaugeRows byType;
    private final GaugeRows exceptions;
    private final GaugeRows oldest;
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
        this.records = new GaugeRows(
                "ledgerline.backlog.records", "records waiting for delivery, by state and target", null, registry);
        this.byType = new GaugeRows(
                "ledgerline.backlog.types", "records waiting for delivery, by state and record type", null, registry);
        this.exceptions = new GaugeRows(
                "ledgerline.exceptions.open",
                "records stopped in EXCEPTION, by category, target and type",
                null,
                registry);
        this.oldest = new GaugeRows(
                "ledgerline.backlog.oldest.age",
                "age of the oldest version waiting for delivery, per target",
                "seconds",
                registry);
        Gauge.builder("ledgerline.backlog.depth", total, AtomicLong::get)
                .description("records not yet delivered (what ingest's max-backlog is compared with)")
                .register(registry);
    }

    /** Counts now; the timer calls it every interval. */
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
        records.set(waiting);
        byType.set(waitingByType);
        exceptions.set(stopped);
        Map<Tags, Double> ages = new HashMap<>();
        oldestByTarget.forEach((target, at) -> ages.put(
                Tags.of("target", target),
                at == null ? 0.0 : Math.max(0, Duration.between(at, now).toMillis() / 1000.0)));
        oldest.set(ages);
        total.set(depth);
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
