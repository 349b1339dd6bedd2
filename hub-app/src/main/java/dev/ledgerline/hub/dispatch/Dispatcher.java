package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.hub.sync.Flows;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers the ledger to Odoo. One loop claims due work a batch at a time — only while fewer than
 * {@code max-in-flight-batches} batches are being delivered, so memory stays bounded whatever the
 * backlog — and hands each batch to its own virtual thread. The targets' limits (concurrency, rate,
 * circuit) apply to each Odoo call. Runs when {@code ledgerline.dispatch.enabled} and a target is
 * configured; without a target it only settles the records of types kept in the hub.
 */
public final class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Claimer claimer;
    private final BatchDelivery delivery;
    private final Maintenance maintenance;
    private final Flows flows;
    private final Targets targets;
    private final DispatchProperties properties;
    private final Semaphore slots;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService workers;

    Dispatcher(
            Claimer claimer,
            BatchDelivery delivery,
            Maintenance maintenance,
            Flows flows,
            Targets targets,
            DispatchProperties properties) {
        this.claimer = claimer;
        this.delivery = delivery;
        this.maintenance = maintenance;
        this.flows = flows;
        this.targets = targets;
        this.properties = properties;
        this.slots = new Semaphore(properties.maxInFlightBatches());
    }

    /** This instance's name in leases and in the transition history. */
    public String instance() {
        return claimer.owner();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!properties.enabled()) {
            log.info("dispatcher not started: ledgerline.dispatch.enabled is false");
            return;
        }
        if (claimedTypes().isEmpty()) {
            log.info("dispatcher not started: no Odoo target configured and no type kept in the hub");
            return;
        }
        running = true;
        workers = Executors.newVirtualThreadPerTaskExecutor();
        loop = Thread.ofVirtual().name("ledgerline-dispatcher").start(this::run);
        log.info(
                "dispatcher {} started: types {} (kept in the hub: {}), targets {}",
                claimer.owner(),
                flows.types(),
                flows.keptTypes(),
                targets.all());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        // the loop sees the flag within a poll interval; it is not interrupted, because an interrupted
        // thread in the middle of a query closes an embedded H2 database's file for every connection
        running = false;
        workers.shutdown();
        try {
            loop.join(10_000);
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                // the leases of unfinished batches expire and another instance takes them
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                maintenance.runIfDue();
                if (!slots.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    continue;
                }
                List<ClaimedRecord> batch = claim();
                if (batch.isEmpty()) {
                    slots.release();
                    Thread.sleep(properties.pollInterval());
                    continue;
                }
                workers.execute(() -> deliver(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("dispatcher loop: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private List<ClaimedRecord> claim() {
        try {
            return claimer.claim(claimedTypes(), properties.batchSize());
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Without a target only the types kept in the hub can be settled; with one, every type a flow delivers too. */
    private Set<RecordType> claimedTypes() {
        return targets.isEmpty() ? flows.keptTypes() : flows.claimable();
    }

    private void deliver(List<ClaimedRecord> batch) {
        try {
            delivery.deliver(batch);
        } catch (RuntimeException e) {
            // the records stay in flight until their lease expires, then they are claimed again
            log.error("delivery of a batch of {} failed", batch.size(), e);
        } finally {
            slots.release();
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.pollInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
