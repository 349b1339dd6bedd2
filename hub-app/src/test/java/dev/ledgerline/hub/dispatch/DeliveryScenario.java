package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Envelopes;
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
abstract class DeliveryScenario {

    /** Full counts of the test matrix; {@code -Dledgerline.fullCounts=true} forces them where scaled down. */
    static final boolean FULL_COUNTS = Boolean.getBoolean("ledgerline.fullCounts");

    static final OdooTarget odoo = SandboxTarget.shared();

    @DynamicPropertySource
    static void target(DynamicPropertyRegistry registry) {
        registry.add("ledgerline.targets.default.url", odoo::url);
        registry.add("ledgerline.targets.default.database", odoo::database);
        registry.add("ledgerline.targets.default.user", odoo::user);
        registry.add("ledgerline.targets.default.api-key", odoo::apiKey);
        registry.add("ledgerline.targets.default.password", () -> "");
        registry.add("ledgerline.target-defaults.rate-limit-per-second", () -> "1000");
        registry.add("ledgerline.target-defaults.request-timeout", () -> "20s");
        registry.add("ledgerline.target-defaults.minimum-calls", () -> "4");
        registry.add("ledgerline.target-defaults.sliding-window", () -> "8");
        registry.add("ledgerline.target-defaults.wait-in-open-state", () -> "300ms");
        registry.add("ledgerline.dispatch.enabled", () -> "true");
        registry.add("ledgerline.dispatch.poll-interval", () -> "20ms");
        registry.add("ledgerline.dispatch.backoff-initial", () -> "50ms");
        registry.add("ledgerline.dispatch.backoff-max", () -> "500ms");
        registry.add("ledgerline.dispatch.max-attempts", () -> "15");
        registry.add("ledgerline.dispatch.maintenance-interval", () -> "200ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    @Autowired
    Targets targets;

    @BeforeEach
    void cleanOdoo() {
        odoo.faults().clear();
        targets.all().forEach(t -> t.circuitBreaker().reset());
    }

    @AfterEach
    void noFaultsLeft() {
        odoo.faults().clear();
    }

    /** Posts envelopes as the CRM feed, 1,000 a request; every item must be accepted or a duplicate. */
    void post(List<String> envelopes) {
        Api api = new Api(port);
        for (int i = 0; i < envelopes.size(); i += 1000) {
            Api.Answer answer = api.postEvents(
                    TestTokens.PEOPLE, Envelopes.batch(envelopes.subList(i, Math.min(envelopes.size(), i + 1000))));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }

    /** Ledger records of CRM customers whose external id starts with {@code prefix}, by state. */
    Map<String, Long> states(String prefix) {
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

    long delivered(String prefix) {
        return states(prefix).getOrDefault("DELIVERED", 0L);
    }

    void awaitDelivered(String prefix, long count, Duration within) {
        Awaitility.await()
                .atMost(within)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(delivered(prefix))
                        .as("delivered, states now " + states(prefix))
                        .isEqualTo(count));
    }

    /** Partners in Odoo carrying the reference of a customer whose external id starts with {@code prefix}. */
    int partners(String prefix) {
        return odoo.count("res.partner", List.of(List.of("ref", "=like", "ll:crm:customer:" + prefix + "%")));
    }

    Map<String, Object> partner(String externalId) {
        List<Map<String, Object>> found = odoo.records(
                "res.partner",
                List.of(List.of("ref", "=", "ll:crm:customer:" + externalId)),
                List.of("name", "parent_id", "ref", "email", "country_id"));
        assertThat(found).as("partners of " + externalId).hasSize(1);
        return found.getFirst();
    }

    String recordId(String externalId) {
        return sql.sql(
                        "SELECT CAST(id AS VARCHAR(36)) FROM ledger_record WHERE source = 'crm' AND record_type = 'customer'"
                                + " AND external_id = :e")
                .param("e", externalId)
                .query(String.class)
                .single();
    }

    static String prefix(String row) {
        return Envelopes.unique(row);
    }
}
