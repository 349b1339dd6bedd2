package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.binding.BindingRebuild;
import dev.ledgerline.hub.sync.Flows;
import dev.ledgerline.hub.testing.Customers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BindingRebuildIT extends DeliveryScenario {

    @Autowired
    BindingRebuild rebuild;

    @Autowired
    Flows flows;

    private Map<String, Long> bindings(String prefix) {
        return sql
                .sql("""
                        SELECT r.external_id, b.odoo_id FROM binding b JOIN ledger_record r ON r.id = b.record_id
                         WHERE r.external_id LIKE :p
                        """)
                .param("p", prefix + "%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void forgetBindings(String prefix) {
        sql.sql("DELETE FROM binding WHERE record_id IN (SELECT id FROM ledger_record WHERE external_id LIKE :p)")
                .param("p", prefix + "%")
                .update();
    }

    @Test
    void lostBindingsAreRebuiltFromTheReferencesInOdooAndNothingIsCreatedTwice() {
        String prefix = prefix("RB");
        post(Customers.many(prefix, 60));
        awaitDelivered(prefix, 60, Duration.ofSeconds(30));
        Map<String, Long> before = bindings(prefix);
        forgetBindings(prefix);

        BindingRebuild.Result result = rebuild.rebuild(targets.byName("default").orElseThrow(), flows.boundModels());

        assertThat(result.bound()).isGreaterThanOrEqualTo(60);
        assertThat(bindings(prefix)).isEqualTo(before).hasSize(60);

        forgetBindings(prefix);
        post(Customers.many(prefix, 60).stream()
                .map(e -> e.replace("\"version\":1", "\"version\":2").replace("Client ", "Client renamed "))
                .toList());
        awaitVersion(prefix, 2, 60);
        assertThat(partners(prefix)).as("still one partner per customer").isEqualTo(60);
        assertThat(bindings(prefix)).isEqualTo(before);
        assertThat(odoo.records(
                        "res.partner",
                        List.of(List.of("ref", "=", Customers.reference(prefix + "-7"))),
                        List.of("name")))
                .extracting(r -> r.get("name"))
                .containsExactly("Client renamed " + prefix + " 7");
    }

    private void awaitVersion(String prefix, long version, long count) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> sql.sql("""
                                SELECT COUNT(*) FROM ledger_record
                                 WHERE external_id LIKE :p AND version = :v AND state = 'DELIVERED'
                                """)
                                .param("p", prefix + "%")
                                .param("v", version)
                                .query(Long.class)
                                .single()
                        == count);
    }
}
