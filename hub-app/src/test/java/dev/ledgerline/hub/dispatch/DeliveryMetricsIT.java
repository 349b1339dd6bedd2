package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Customers;
import dev.ledgerline.hub.testing.OdooTarget.Fault;
import dev.ledgerline.hub.testing.Scrape;
import dev.ledgerline.hub.testing.TestTokens;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The hub's Micrometer meters on {@code /actuator/prometheus} move with a small delivery. */
class DeliveryMetricsIT extends DeliveryScenario {

    private static final String[] DEFAULT = {"target=default"};

    private Scrape scrape() {
        return Scrape.of(new Api(port), TestTokens.OPERATOR);
    }

    private static double backlog(Scrape s) {
        return s.sum("ledgerline_backlog_records", DEFAULT);
    }

    @Test
    void ingestDeliveryFailureRetryLatencyAndBacklogMetersMoveWithASmallDelivery() {
        String prefix = prefix("MET");
        Scrape before = scrape();
        odoo.faults().callDelay(Duration.ofMillis(300));
        odoo.faults().inject(Fault.RESET_BEFORE_COMMIT, "res.partner", "create", 1);

        post(Customers.many(prefix, 5));

        AtomicReference<Scrape> busy = new AtomicReference<>();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    Scrape s = scrape();
                    busy.set(s);
                    // the gauges are refreshed on a timer: wait for a refresh that saw the records waiting
                    return backlog(s) >= 5 && s.value("ledgerline_backlog_oldest_age_seconds", DEFAULT) > 0;
                });
        assertThat(backlog(busy.get())).isGreaterThanOrEqualTo(5);
        assertThat(busy.get().value("ledgerline_backlog_oldest_age_seconds", DEFAULT))
                .isGreaterThan(0);
        odoo.faults().callDelay(Duration.ZERO);
        awaitDelivered(prefix, 5, Duration.ofSeconds(30));
        post(Customers.many(prefix, 5));

        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(backlog(scrape())).isLessThanOrEqualTo(backlog(before)));
        Scrape after = scrape();
        assertThat(after.value("ledgerline_ingest_received_total") - before.value("ledgerline_ingest_received_total"))
                .isEqualTo(10);
        assertThat(after.value("ledgerline_ingest_accepted_total") - before.value("ledgerline_ingest_accepted_total"))
                .isEqualTo(5);
        assertThat(after.value("ledgerline_ingest_duplicates_total")
                        - before.value("ledgerline_ingest_duplicates_total"))
                .isEqualTo(5);
        assertThat(after.value("ledgerline_dispatch_delivered_total", "target=default", "type=customer")
                        - before.value("ledgerline_dispatch_delivered_total", "target=default", "type=customer"))
                .isEqualTo(5);
        assertThat(after.value("ledgerline_dispatch_failed_total", "target=default", "category=TRANSIENT")
                        - before.value("ledgerline_dispatch_failed_total", "target=default", "category=TRANSIENT"))
                .isEqualTo(5);
        assertThat(after.value("ledgerline_dispatch_retries_total", DEFAULT)
                        - before.value("ledgerline_dispatch_retries_total", DEFAULT))
                .isEqualTo(5);
        assertThat(after.value("ledgerline_delivery_latency_seconds_count", DEFAULT)
                        - before.value("ledgerline_delivery_latency_seconds_count", DEFAULT))
                .isEqualTo(5);
        assertThat(after.value("ledgerline_delivery_latency_seconds_sum", DEFAULT)
                        - before.value("ledgerline_delivery_latency_seconds_sum", DEFAULT))
                .as("each waited at least one slowed call")
                .isGreaterThan(5 * 0.3);
        assertThat(after.value("ledgerline_target_circuit_state", "target=default", "state=CLOSED"))
                .isEqualTo(1);
        assertThat(after.value("ledgerline_target_circuit_state", "target=default", "state=OPEN"))
                .isZero();
        assertThat(new Api(port).get(TestTokens.PSA, "/actuator/prometheus").status())
                .isEqualTo(403);
    }
}
