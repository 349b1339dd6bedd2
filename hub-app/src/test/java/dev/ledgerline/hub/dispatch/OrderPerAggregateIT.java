package dev.ledgerline.hub.dispatch;

import static dev.ledgerline.hub.testing.Customers.customer;
import static dev.ledgerline.hub.testing.Customers.subsidiary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class OrderPerAggregateIT extends DeliveryScenario {

    @Test
    @Tag("R6")
    void versionTwoBeforeVersionOneEndsOnVersionTwo() {
        String id = prefix("R6-V");

        post(List.of(customer(id, 2, "Second name")));
        awaitDelivered(id, 1, Duration.ofSeconds(30));
        Api.Answer late = new Api(port).postEvents(TestTokens.PEOPLE, Envelopes.batch(customer(id, 1, "First name")));

        assertThat(late.status(0)).isEqualTo("stale");
        assertThat(partner(id).get("name")).isEqualTo("Second name");
        assertThat(partners(id)).isEqualTo(1);
        assertThat(sql.sql("SELECT version FROM ledger_record WHERE external_id = :e")
                        .param("e", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    @Tag("R6")
    void newerVersionUpdatesTheSameOdooRecordWithTheChangedFieldsOnly() {
        String id = prefix("R6-U");
        post(List.of(customer(id, 1, "First name")));
        awaitDelivered(id, 1, Duration.ofSeconds(30));
        Object odooId = partner(id).get("id");

        post(List.of(customer(id, 2, "Renamed")));
        awaitDelivered(id, 1, Duration.ofSeconds(30));
        awaitVersionDelivered(id, 2);

        assertThat(partners(id)).isEqualTo(1);
        assertThat(partner(id)).containsEntry("id", odooId).containsEntry("name", "Renamed");
        assertThat(lastDeliveryReason(id)).endsWith(odooId + " updated");
    }

    @Test
    @Tag("R6")
    void childSentBeforeItsParentWaitsAndIsDeliveredAfterIt() {
        String parent = prefix("R6-P");
        String child = prefix("R6-C");

        post(List.of(subsidiary(child, 1, "Subsidiary", parent)));
        assertThat(states(child)).containsOnlyKeys("PENDING_DEPENDENCY");
        post(List.of(customer(parent, 1, "Group")));

        awaitDelivered(child, 1, Duration.ofSeconds(30));
        awaitDelivered(parent, 1, Duration.ofSeconds(30));
        Map<String, Object> parentPartner = partner(parent);
        assertThat(partner(child).get("parent_id")).isEqualTo(List.of(parentPartner.get("id"), "Group"));
        assertThat((Integer) partner(child).get("id")).isGreaterThan((Integer) parentPartner.get("id"));
        assertThat(deliveredAt(child)).isGreaterThan(deliveredAt(parent));
    }

    @Test
    @Tag("R6")
    void childAndParentInOneBatchAreDeliveredParentFirst() {
        String parent = prefix("R6-Q");
        String child = prefix("R6-D");

        post(List.of(subsidiary(child, 1, "Subsidiary", parent), customer(parent, 1, "Group")));

        awaitDelivered(child, 1, Duration.ofSeconds(30));
        assertThat(partner(child).get("parent_id"))
                .isEqualTo(List.of(partner(parent).get("id"), "Group"));
        assertThat((Integer) partner(child).get("id"))
                .isGreaterThan((Integer) partner(parent).get("id"));
        assertThat(deliveredAt(child)).isGreaterThan(deliveredAt(parent));
    }

    private long deliveredAt(String externalId) {
        return sql.sql("""
                        SELECT MAX(t.id) FROM ledger_transition t JOIN ledger_record r ON r.id = t.record_id
                         WHERE r.external_id = :e AND t.event = 'DELIVER'
                        """).param("e", externalId).query(Long.class).single();
    }

    private String lastDeliveryReason(String externalId) {
        return sql.sql("""
                        SELECT t.reason FROM ledger_transition t JOIN ledger_record r ON r.id = t.record_id
                         WHERE r.external_id = :e AND t.event = 'DELIVER' ORDER BY t.id DESC FETCH FIRST 1 ROWS ONLY
                        """).param("e", externalId).query(String.class).single();
    }

    private void awaitVersionDelivered(String externalId, long version) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> sql.sql("""
                                SELECT COUNT(*) FROM ledger_transition t JOIN ledger_record r ON r.id = t.record_id
                                 WHERE r.external_id = :e AND t.event = 'DELIVER' AND t.version = :v
                                """)
                                .param("e", externalId)
                                .param("v", version)
                                .query(Long.class)
                                .single()
                        == 1);
    }
}
