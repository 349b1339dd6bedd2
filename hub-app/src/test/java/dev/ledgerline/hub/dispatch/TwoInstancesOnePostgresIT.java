package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Customers;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.Hub;
import dev.ledgerline.hub.testing.HubProperties;
import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.PostgresExtension;
import dev.ledgerline.hub.testing.SandboxTarget;
import dev.ledgerline.hub.testing.TestTokens;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R5: two hub instances (two application contexts, each with its own dispatcher, pool and web server)
 * on one PostgreSQL, a source sending its batches to both in turn as a load balancer would.
 */
@ExtendWith(PostgresExtension.class)
class TwoInstancesOnePostgresIT {

    private static final int COUNT = 10_000;

    private final OdooTarget odoo = SandboxTarget.shared();

    private static Map<String, String> instance(Map<String, String> common, String name) {
        Map<String, String> s = new LinkedHashMap<>(common);
        s.put("ledgerline.dispatch.instance", name);
        return s;
    }

    @Test
    @Tag("R5")
    void twoInstancesOnOnePostgresDeliverEachRecordOnceAndBothDoWork() {
        String prefix = Envelopes.unique("R5");
        Map<String, String> common = new LinkedHashMap<>(HubProperties.delivering(odoo));
        common.put("spring.datasource.url", PostgresExtension.server().createDatabase());
        common.put("spring.datasource.username", PostgresExtension.server().user());
        common.put("spring.datasource.password", "");
        common.put(
                "spring.datasource.hikari.connection-init-sql",
                "SET TIME ZONE '" + PostgresExtension.sessionTimeZone() + "'");
        common.put("ledgerline.dispatch.batch-size", "200");
        long started = System.nanoTime();

        try (Hub a = Hub.start(instance(common, "hub-a"));
                Hub b = Hub.start(instance(common, "hub-b"))) {
            List<String> envelopes = Customers.many(prefix, COUNT);
            for (int i = 0; i < COUNT; i += 1000) {
                Api api = (i / 1000) % 2 == 0 ? a.api() : b.api();
                Api.Answer answer = api.postEvents(
                        TestTokens.PEOPLE, Envelopes.batch(envelopes.subList(i, Math.min(COUNT, i + 1000))));
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            }

            Awaitility.await()
                    .atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> a.sql()
                                    .sql("SELECT COUNT(*) FROM ledger_record WHERE external_id LIKE :p"
                                            + " AND state = 'DELIVERED'")
                                    .param("p", prefix + "-%")
                                    .query(Long.class)
                                    .single()
                            == COUNT);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

            List<Object> refs = odoo
                    .records(
                            "res.partner",
                            List.of(List.of("ref", "=like", "ll:crm:customer:" + prefix + "-%")),
                            List.of("ref"))
                    .stream()
                    .map(r -> r.get("ref"))
                    .toList();
            assertThat(refs).as("one partner per record").hasSize(COUNT);
            assertThat(new HashSet<>(refs))
                    .as("no reference twice, none missing")
                    .isEqualTo(new HashSet<>(IntStream.range(0, COUNT)
                            .mapToObj(i -> (Object) Customers.reference(prefix + "-" + i))
                            .toList()));
            Map<String, Long> deliveriesByOwner = new LinkedHashMap<>();
            a.sql()
                    .sql("""
                            SELECT t.actor, COUNT(*) AS n FROM ledger_transition t
                              JOIN ledger_record r ON r.id = t.record_id
                             WHERE r.external_id LIKE :p AND t.event = 'DELIVER'
                             GROUP BY t.actor ORDER BY t.actor
                            """)
                    .param("p", prefix + "-%")
                    .query((rs, n) -> deliveriesByOwner.put(rs.getString("actor"), rs.getLong("n")))
                    .list();
            assertThat(deliveriesByOwner).containsOnlyKeys("dispatcher:hub-a", "dispatcher:hub-b");
            assertThat(deliveriesByOwner.values()).as("both instances did work").allMatch(n -> n > 0);
            assertThat(deliveriesByOwner.values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .as("each record delivered once")
                    .isEqualTo(COUNT);
            System.out.printf(
                    "R5: %,d records on one PostgreSQL in %d s, deliveries by instance %s%n",
                    COUNT, seconds, deliveriesByOwner);
        }
    }
}
