package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Customers;
import dev.ledgerline.hub.testing.OdooTarget.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LostAnswerIT extends DeliveryScenario {

    @Test
    @Tag("R3")
    void answerLostAfterOdooCommittedLeavesEachRecordOnceInOdooAndDelivered() {
        String prefix = prefix("R3");
        odoo.faults().inject(Fault.RESET_AFTER_COMMIT, "res.partner", "create", 1);

        post(Customers.many(prefix, 20));

        awaitDelivered(prefix, 20, Duration.ofSeconds(30));
        assertThat(partners(prefix)).isEqualTo(20);
        assertThat(sql.sql("""
                        SELECT COUNT(*) FROM ledger_transition t JOIN ledger_record r ON r.id = t.record_id
                         WHERE r.external_id LIKE :p AND t.event = 'FAIL_TRANSIENT'
                        """).param("p", prefix + "%").query(Long.class).single())
                .as("every record of the lost create was retried once")
                .isEqualTo(20);
        assertThat(sql.sql("""
                        SELECT COUNT(*) FROM binding b JOIN ledger_record r ON r.id = b.record_id
                         WHERE r.external_id LIKE :p AND b.odoo_model = 'res.partner'
                        """).param("p", prefix + "%").query(Long.class).single())
                .isEqualTo(20);
    }
}
