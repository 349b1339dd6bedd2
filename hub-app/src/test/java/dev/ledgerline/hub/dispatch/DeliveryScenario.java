package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.HubProperties;
import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.SandboxTarget;
import dev.ledgerline.hub.testing.TestTokens;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub — ingest API, ledger (H2), dispatcher — delivering to an {@link OdooTarget} (the
 * sandbox), with time scales shrunk for tests: back-off from 50 ms, circuit open for 300 ms.
 * Scenarios count what Odoo holds by the hub's reference and what the ledger says by state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class DeliveryScenario {

    /** Full counts of the test matrix; {@code -Dledgerline.fullCounts=true} forces them where scaled down. */
    protected static final boolean FULL_COUNTS = Boolean.getBoolean("ledgerline.fullCounts");

    protected static final OdooTarget odoo = SandboxTarget.shared();

    @DynamicPropertySource
    protected static void target(DynamicPropertyRegistry registry) {
        HubProperties.delivering(odoo).forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient sql;

    @Autowired
    protected Targets targets;

    @BeforeEach
    protected void cleanOdoo() {
        odoo.faults().clear();
        targets.all().forEach(t -> t.circuitBreaker().reset());
    }

    @AfterEach
    protected void noFaultsLeft() {
        odoo.faults().clear();
    }

    /** Posts envelopes as the CRM feed, 1,000 a request; every item must be accepted or a duplicate. */
    protected void post(List<String> envelopes) {
        Api api = new Api(port);
        for (int i = 0; i < envelopes.size(); i += 1000) {
            Api.Answer answer = api.postEvents(
                    TestTokens.PEOPLE, Envelopes.batch(envelopes.subList(i, Math.min(envelopes.size(), i + 1000))));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }

    /** Ledger records of CRM customers whose external id starts with {@code prefix}, by state. */
    protected Map<String, Long> states(String prefix) {
        Map<String, Long> states = new LinkedHashMap<>();
        sql.sql("""
                        SELECT state, COUNT(*) AS n FROM ledger_record
                         WHERE source = 'crm' AND record_type = 'customer' AND external_id LIKE :p
                         GROUP BY state
                        """)
                .param("p", prefix + "%")
                .query((rs, n) -> states.put(rs.getString("state"), rs.getLong("n")))
                .list();
        return states;
    }

    protected long delivered(String prefix) {
        return states(prefix).getOrDefault("DELIVERED", 0L);
    }

    protected void awaitDelivered(String prefix, long count, Duration within) {
        Awaitility.await()
                .atMost(within)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(delivered(prefix))
                        .as("delivered, states now " + states(prefix))
                        .isEqualTo(count));
    }

    /** Partners in Odoo carrying the reference of a customer whose external id starts with {@code prefix}. */
    protected int partners(String prefix) {
        return odoo.count("res.partner", List.of(List.of("ref", "=like", "ll:crm:customer:" + prefix + "%")));
    }

    protected Map<String, Object> partner(String externalId) {
        List<Map<String, Object>> found = odoo.records(
                "res.partner",
                List.of(List.of("ref", "=", "ll:crm:customer:" + externalId)),
                List.of("name", "parent_id", "ref", "email", "country_id"));
        assertThat(found).as("partners of " + externalId).hasSize(1);
        return found.getFirst();
    }

    protected String recordId(String externalId) {
        return sql.sql(
                        "SELECT CAST(id AS VARCHAR(36)) FROM ledger_record WHERE source = 'crm' AND record_type = 'customer'"
                                + " AND external_id = :e")
                .param("e", externalId)
                .query(String.class)
                .single();
    }

    protected static String prefix(String row) {
        return Envelopes.unique(row);
    }
}
