package dev.ledgerline.hub.dispatch;

import static dev.ledgerline.hub.testing.Customers.customer;
import static dev.ledgerline.hub.testing.Customers.subsidiary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Customers;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.Hub;
import dev.ledgerline.hub.testing.HubProperties;
import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.SandboxTarget;
import dev.ledgerline.hub.testing.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * R14: the hub's database is lost while Odoo keeps everything. A hub on a fresh database takes every
 * source's records again, rebuilds its bindings from the references in Odoo, and delivers: Odoo gets no
 * second record of anything.
 */
class DatabaseLostIT {

    private static final int COUNT = 1_000;

    private final OdooTarget odoo = SandboxTarget.shared();

    private static Map<String, String> onDatabase(Map<String, String> common, Path file) {
        Map<String, String> s = new LinkedHashMap<>(common);
        s.put("spring.datasource.url", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        return s;
    }

    private static void post(Hub hub, List<String> envelopes) {
        for (int i = 0; i < envelopes.size(); i += 1000) {
            Api.Answer answer = hub.api()
                    .postEvents(
                            TestTokens.PEOPLE,
                            Envelopes.batch(envelopes.subList(i, Math.min(envelopes.size(), i + 1000))));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }

    private static void awaitAllDelivered(Hub hub, String prefix, int count) {
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> hub.sql()
                                .sql(
                                        "SELECT COUNT(*) FROM ledger_record WHERE external_id LIKE :p AND state = 'DELIVERED'")
                                .param("p", prefix + "-%")
                                .query(Long.class)
                                .single()
                        == count);
    }

    private List<Object> partnerRefs(String prefix) {
        return odoo
                .records(
                        "res.partner",
                        List.of(List.of("ref", "=like", "ll:crm:customer:" + prefix + "-%")),
                        List.of("ref"))
                .stream()
                .map(r -> r.get("ref"))
                .toList();
    }

    @Test
    @Tag("R14")
    void afterTheHubDatabaseIsLostBindingsAreRebuiltFromOdooAndResendingEverySourceCreatesNoDuplicate()
            throws IOException {
        String prefix = Envelopes.unique("R14");
        List<String> sources = new ArrayList<>(Customers.many(prefix, COUNT));
        String group = prefix + "-G";
        sources.add(customer(group, 1, "Group " + prefix));
        sources.add(subsidiary(prefix + "-S", 1, "Subsidiary " + prefix, group));
        int total = COUNT + 2;
        Map<String, String> common = HubProperties.delivering(odoo);
        Path dir = Files.createTempDirectory("ledgerline-r14-");

        try (Hub before = Hub.start(onDatabase(common, dir.resolve("lost")))) {
            post(before, sources);
            awaitAllDelivered(before, prefix, total);
        }
        List<Object> delivered = partnerRefs(prefix);
        assertThat(delivered).hasSize(total);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }

        try (Hub after = Hub.start(onDatabase(common, dir.resolve("fresh-" + UUID.randomUUID())))) {
            Dispatcher dispatcher = after.bean(Dispatcher.class);
            dispatcher.stop();
            post(after, sources);
            Api.Answer rebuilt = after.api()
                    .post(
                            TestTokens.ADMIN,
                            "/api/v1/admin/bindings/rebuild",
                            "{\"reason\":\"hub database lost, restored from Odoo\"}");
            assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
            JsonNode result = rebuilt.json().path("targets").get(0);
            assertThat(result.path("bound").asInt())
                    .as("every re-sent record bound")
                    .isEqualTo(total);

            dispatcher.start();
            awaitAllDelivered(after, prefix, total);

            List<Object> refs = partnerRefs(prefix);
            assertThat(refs).as("no second partner").hasSize(total);
            assertThat(new HashSet<>(refs)).isEqualTo(new HashSet<>(delivered));
            Map<String, Long> effects = new LinkedHashMap<>();
            after.sql()
                    .sql("""
                            SELECT t.reason, COUNT(*) AS n FROM ledger_transition t
                              JOIN ledger_record r ON r.id = t.record_id
                             WHERE r.external_id LIKE :p AND t.event = 'DELIVER'
                             GROUP BY t.reason
                            """)
                    .param("p", prefix + "-%")
                    .query((rs, n) ->
                            effects.merge(rs.getString("reason").replaceAll(".* ", ""), rs.getLong("n"), Long::sum))
                    .list();
            assertThat(effects)
                    .as("found through the rebuilt bindings, nothing created")
                    .isEqualTo(Map.of("unchanged", (long) total));
            JsonNode record = after.api()
                    .get(TestTokens.READER, "/api/v1/records/crm/customer/" + prefix + "-S")
                    .json();
            assertThat(record.path("state").asString()).isEqualTo("DELIVERED");
            assertThat(record.path("bindings").get(0).path("reference").asString())
                    .isEqualTo(Customers.reference(prefix + "-S"));
            System.out.printf(
                    "R14: %,d records re-sent after the database was lost: %d bound from Odoo, %,d in Odoo once each%n",
                    total, result.path("bound").asInt(), refs.size());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
    }
}
