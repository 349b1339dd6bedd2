package dev.ledgerline.hub.billing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks every {@code ledgerline.billing.schedule.check-interval} whether the day's billing run is due,
 * when {@code ledgerline.billing.schedule.enabled}. A failed attempt is logged and tried again at the
 * next check; two hub instances may both try, and a run is idempotent per contract and run date.
 */
@Component
class BillingScheduleTrigger implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BillingScheduleTrigger.class);

    private final BillingSchedule schedule;
    private final BillingProperties.Schedule settings;
    private ScheduledExecutorService executor;

    BillingScheduleTrigger(BillingSchedule schedule, BillingProperties properties) {
        this.schedule = schedule;
        this.settings = properties.schedule();
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "billing-schedule");
            t.setDaemon(true);
            return t;
        });
        long interval = settings.checkInterval().toMillis();
        executor.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            schedule.runDue()
                    .ifPresent(run -> log.info(
                            "scheduled billing run {} of {}: {} proposals",
                            run.runId(),
                            run.runDate(),
                            run.proposals().size()));
        } catch (RuntimeException e) {
            log.error("scheduled billing run failed; tried again at the next check", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
