package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.testing.Customers;
import dev.ledgerline.hub.testing.OdooTarget.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class OdooUnreachableIT extends DeliveryScenario {

    /** R2's 5,000 with {@code -Dledgerline.fullCounts=true}; 2,000 keep the default suite short on a busy machine. */
    private static final int COUNT = FULL_COUNTS ? 5_000 : 2_000;

    @Test
    @Tag("R2")
    void odooDownDuringARunDeliversEverythingAfterItIsBackWithTheCircuitOpenedAndClosed() throws Exception {
        int count = COUNT;
        String prefix = prefix("R2");
        Target target = targets.byName("default").orElseThrow();
        List<StateTransition> transitions = new CopyOnWriteArrayList<>();
        target.circuitBreaker().getEventPublisher().onStateTransition(e -> transitions.add(e.getStateTransition()));
        List<String> customers = Customers.many(prefix, count);

        post(customers.subList(0, count / 5));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> delivered(prefix) > 0);
        // Odoo goes away: first its proxy answers 503, then connections are reset
        odoo.faults().inject(Fault.UNAVAILABLE, null, null, -1);
        post(customers.subList(count / 5, count * 3 / 5));
        // down until the breaker has seen enough failures to open, however slow the machine is
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> transitions.contains(StateTransition.CLOSED_TO_OPEN));
        odoo.faults().clear();
        odoo.faults().inject(Fault.RESET_BEFORE_COMMIT, null, null, -1);
        post(customers.subList(count * 3 / 5, count));
        Thread.sleep(1_000);
        long deliveredDuringOutage = delivered(prefix);
        odoo.faults().clear();

        awaitDelivered(prefix, count, Duration.ofSeconds(90));
        assertThat(deliveredDuringOutage).isLessThan(count);
        assertThat(partners(prefix)).isEqualTo(count);
        assertThat(states(prefix)).containsOnlyKeys("DELIVERED");
        assertThat(transitions).contains(StateTransition.CLOSED_TO_OPEN, StateTransition.HALF_OPEN_TO_CLOSED);
        assertThat(target.circuitBreaker().getState())
                .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
        assertThat(sql.sql("""
                        SELECT COUNT(*) FROM ledger_transition t JOIN ledger_record r ON r.id = t.record_id
                         WHERE r.external_id LIKE :p AND t.event = 'FAIL_TRANSIENT'
                        """).param("p", prefix + "%").query(Long.class).single())
                .as("records waited through the outage")
                .isPositive();
    }
}
