package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Customers;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.HubProcess;
import dev.ledgerline.hub.testing.HubProperties;
import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.SandboxTarget;
import dev.ledgerline.hub.testing.Scrape;
import dev.ledgerline.hub.testing.TestTokens;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * R1: the hub runs as its own process (the packaged jar, the shipped H2 default) and is killed with
 * SIGKILL while it accepts batches and delivers them, then started again. The source keeps sending as
 * a source does: a batch without an answer is sent again. In the end Odoo holds every record exactly
 * once and the ledger says every record is delivered.
 */
class HubKilledMidDeliveryIT {

    private static final boolean FULL_COUNTS = Boolean.getBoolean("ledgerline.fullCounts");
    private static final int COUNT = FULL_COUNTS ? 20_000 : Integer.getInteger("ledgerline.r1.count", 3_000);
    private static final int BATCH = 500;

    private final OdooTarget odoo = SandboxTarget.shared();

    private Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>(HubProperties.delivering(odoo));
        // a restarted instance takes over the killed one's claims when their lease ends
        s.put("ledgerline.dispatch.lease", "10s");
        s.put("ledgerline.dispatch.maintenance-interval", "1s");
        s.put("ledgerline.metrics.backlog-interval", "500ms");
        s.put("ledgerline.security.tokens[0].name", "crm-feed");
        s.put("ledgerline.security.tokens[0].token", TestTokens.PEOPLE);
        s.put("ledgerline.security.tokens[0].scopes[0]", "ingest:crm");
        s.put("ledgerline.security.tokens[1].name", "operator");
        s.put("ledgerline.security.tokens[1].token", TestTokens.OPERATOR);
        s.put("ledgerline.security.tokens[1].scopes[0]", "ops");
        s.put("logging.level.root", "WARN");
        return s;
    }

    private int partners(String prefix) {
        return odoo.count("res.partner", List.of(List.of("ref", "=like", "ll:crm:customer:" + prefix + "%")));
    }

    @Test
    @Tag("R1")
    void aHubKilledWithSigkillMidDeliveryAndRestartedLeavesEveryRecordInOdooExactlyOnce() throws Exception {
        String prefix = Envelopes.unique("R1");
        List<String> batches = IntStream.range(0, COUNT / BATCH)
                .mapToObj(b -> Envelopes.batch(IntStream.range(b * BATCH, (b + 1) * BATCH)
                        .mapToObj(i -> Customers.customer(prefix + "-" + i, 1, "Client " + prefix + " " + i))
                        .toList()))
                .toList();
        long started = System.nanoTime();
        try (HubProcess hub = HubProcess.prepare(settings())) {
            hub.start(Duration.ofSeconds(90));
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger unanswered = new AtomicInteger();
            Thread source = Thread.ofVirtual().start(() -> {
                for (String batch : batches) {
                    // a source resends a batch until it gets an answer; a duplicate answer is fine
                    while (true) {
                        try {
                            Api.Answer a = hub.api().postEvents(TestTokens.PEOPLE, batch);
                            if (a.status() == 200) {
                                answered.incrementAndGet();
                                break;
                            }
                        } catch (RuntimeException e) {
                            unanswered.incrementAndGet();
                        }
                        sleep(200);
                    }
                    sleep(50);
                }
            });

            Awaitility.await()
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> partners(prefix) >= COUNT / 5);
            int inOdooAtKill = partners(prefix);
            int answeredAtKill = answered.get();
            hub.kill();

            assertThat(inOdooAtKill).as("killed mid-delivery").isBetween(1, COUNT - 1);
            hub.start(Duration.ofSeconds(90));
            source.join(Duration.ofMinutes(5));
            assertThat(source.isAlive()).as("the source sent everything").isFalse();
            Awaitility.await()
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> partners(prefix) >= COUNT
                            && Scrape.of(hub.api(), TestTokens.OPERATOR).value("ledgerline_backlog_depth") == 0);
            hub.stop();
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

            List<Object> refs = odoo
                    .records(
                            "res.partner",
                            List.of(List.of("ref", "=like", "ll:crm:customer:" + prefix + "-%")),
                            List.of("ref"))
                    .stream()
                    .map(r -> r.get("ref"))
                    .toList();
            Set<Object> expected = IntStream.range(0, COUNT)
                    .mapToObj(i -> (Object) Customers.reference(prefix + "-" + i))
                    .collect(Collectors.toSet());
            assertThat(refs).as("exactly N in Odoo").hasSize(COUNT);
            assertThat(new HashSet<>(refs)).as("no duplicates, none lost").isEqualTo(expected);
            Map<String, Long> states = new LinkedHashMap<>();
            long leasesExpired;
            try (Connection c = DriverManager.getConnection(hub.databaseUrl(), "sa", "")) {
                try (ResultSet rs = c.createStatement()
                        .executeQuery("SELECT state, COUNT(*) FROM ledger_record WHERE external_id LIKE '" + prefix
                                + "-%' GROUP BY state")) {
                    while (rs.next()) {
                        states.put(rs.getString(1), rs.getLong(2));
                    }
                }
                leasesExpired = count(c, "SELECT COUNT(*) FROM ledger_transition WHERE event = 'LEASE_EXPIRED'");
            }
            assertThat(states).as("every record delivered").isEqualTo(Map.of("DELIVERED", (long) COUNT));
            System.out.printf(
                    "R1: %,d records, killed with %,d in Odoo and %d of %d batches answered, %d sends without an"
                            + " answer; %,d claims taken over after the kill; %,d in Odoo once each after %d s%n",
                    COUNT,
                    inOdooAtKill,
                    answeredAtKill,
                    batches.size(),
                    unanswered.get(),
                    leasesExpired,
                    refs.size(),
                    seconds);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
