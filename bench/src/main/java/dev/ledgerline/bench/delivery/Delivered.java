package dev.ledgerline.bench.delivery;

import dev.ledgerline.bench.hub.HubApi;
import java.time.Duration;

/**
 * Waits for the hub to deliver, reading its metrics ({@code ledgerline_dispatch_delivered_total} by
 * type, counted as each batch is settled), so that watching costs Odoo nothing. Gives up as soon as a
 * record fails for good ({@code ledgerline_dispatch_failed_total} of a category that is not retried),
 * with the hub's open exceptions, or when nothing moved for too long.
 */
final class Delivered {

    private static final Duration STALL = Duration.ofMinutes(3);

    private final HubApi api;
    private final String token;

    Delivered(HubApi api, String token) {
        this.api = api;
        this.token = token;
    }

    void await(String type, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        double last = -1;
        long lastMove = System.nanoTime();
        int refused = 0;
        while (true) {
            HubApi.Metrics metrics;
            try {
                metrics = api.metrics(token);
                refused = 0;
            } catch (IllegalStateException e) {
                // a scrape that races the backlog gauges' refresh is answered 500 now and then: ask again
                if (++refused > 50) {
                    throw e;
                }
                pause();
                continue;
            }
            double delivered = metrics.sum("ledgerline_dispatch_delivered_total", "type=" + type);
            if (delivered >= count) {
                return;
            }
            // TRANSIENT and UNAVAILABLE failures are retried; the other categories stop a record
            double failed = metrics.sum("ledgerline_dispatch_failed_total")
                    - metrics.sum("ledgerline_dispatch_failed_total", "category=TRANSIENT")
                    - metrics.sum("ledgerline_dispatch_failed_total", "category=UNAVAILABLE");
            if (failed > 0) {
                throw new IllegalStateException("the hub failed " + (long) failed + " deliveries: "
                        + api.get(token, "/api/v1/exceptions?limit=3").body());
            }
            long now = System.nanoTime();
            if (delivered != last) {
                last = delivered;
                lastMove = now;
            }
            if (now > deadline || now - lastMove > STALL.toNanos()) {
                throw new IllegalStateException(
                        "the hub delivered " + (long) delivered + " of " + count + " " + type + " records");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
