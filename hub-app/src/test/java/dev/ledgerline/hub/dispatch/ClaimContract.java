package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import dev.ledgerline.hub.ledger.Admission;
import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.LedgerIds;
import dev.ledgerline.hub.ledger.RecordContent;
import dev.ledgerline.hub.ledger.Settlement;
import dev.ledgerline.hub.ledger.StateChange;
import dev.ledgerline.hub.ledger.StateWriter;
import dev.ledgerline.hub.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a claim strategy must do on every database; run unchanged by {@code H2ClaimTest}
 * ({@code ConditionalUpdateClaim}) and {@code PostgresClaimIT} ({@code SkipLockedClaim}).
 */
abstract class ClaimContract {

    private static final Instant T0 = Instant.parse("2026-03-02T17:05:00Z");
    private static final List<RecordType> TYPES = List.of(RecordType.TIME_ENTRY);
    private static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract DataSource dataSource();

    protected abstract ClaimStrategy strategy(NamedParameterJdbcTemplate jdbc);

    private final SettableClock clock = new SettableClock(T0);
    private NamedParameterJdbcTemplate jdbc;
    private StateWriter states;
    private TransactionTemplate tx;
    private JdbcClient sql;
    private String batch;

    @BeforeEach
    void migrate() {
        DataSource ds = dataSource();
        Flyway.configure().dataSource(ds).load().migrate();
        jdbc = new NamedParameterJdbcTemplate(ds);
        sql = JdbcClient.create(ds);
        states = new StateWriter(jdbc);
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        batch = UUID.randomUUID().toString().substring(0, 8);
        // records other tests of the class left due would be claimed here too
        sql.sql("UPDATE ledger_record SET state = 'DISCARDED' WHERE state IN ('PENDING', 'RETRY_WAIT', 'IN_FLIGHT')")
                .update();
    }

    private Claimer claimer(String owner) {
        return new Claimer(strategy(jdbc), new AggregateOrder(jdbc), states, tx, clock, owner, LEASE);
    }

    private UUID admit(String externalId, String aggregate, int priority) {
        RecordKey key = RecordKey.of("psa", RecordType.TIME_ENTRY, batch + "-" + externalId);
        UUID id = LedgerIds.next(clock);
        RecordContent content = new RecordContent(
                key,
                1,
                "{\"hours\":1}",
                "hash",
                false,
                "us",
                T0,
                clock.instant(),
                RecordKey.of("psa", RecordType.PROJECT, batch + "-" + aggregate),
                null,
                priority);
        tx.executeWithoutResult(s -> states.admit(List.of(new Admission(
                id,
                key,
                content,
                DeliveryStateMachine.next(DeliveryState.RECEIVED, DeliveryEvent.ACCEPT),
                Cause.of("test", "admitted"),
                clock.instant()))));
        return id;
    }

    private Set<UUID> deliver(Claimer claimer, List<ClaimedRecord> claimed) {
        return tx.execute(s -> states.settle(
                claimed.stream()
                        .map(c -> new Settlement(
                                c.item().id(),
                                c.item().version(),
                                c.lockVersion(),
                                DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.DELIVER),
                                Cause.of("test", "delivered"),
                                clock.instant(),
                                c.attempts() + 1,
                                null,
                                null))
                        .toList(),
                claimer.owner()));
    }

    private String state(UUID id) {
        return sql.sql("SELECT state FROM ledger_record WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static List<UUID> ids(List<ClaimedRecord> claimed) {
        return claimed.stream().map(c -> c.item().id()).toList();
    }

    @Test
    void twoClaimersClaimEachRecordOnceKeepingEveryAggregateInOrder() throws Exception {
        int records = 2_000;
        List<UUID> admitted = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            admitted.add(admit("TE-" + i, "P-" + (i % 150), 1));
        }
        Map<UUID, String> aggregateOf = new HashMap<>();
        for (int i = 0; i < records; i++) {
            aggregateOf.put(admitted.get(i), "P-" + (i % 150));
        }
        Map<UUID, String> claimedBy = new ConcurrentHashMap<>();
        List<String> twice = new CopyOnWriteArrayList<>();
        Map<String, String> inFlight = new ConcurrentHashMap<>();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        Map<String, List<UUID>> claimOrder = new ConcurrentHashMap<>();
        AtomicInteger idle = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (String owner : List.of("instance-a", "instance-b")) {
            Claimer claimer = claimer(owner);
            runs.add(pool.submit(() -> {
                int claimedHere = 0;
                int emptyInARow = 0;
                while (emptyInARow < 20) {
                    List<ClaimedRecord> claimed = claimer.claim(TYPES, 25);
                    if (claimed.isEmpty()) {
                        emptyInARow++;
                        idle.incrementAndGet();
                        Thread.sleep(5);
                        continue;
                    }
                    emptyInARow = 0;
                    for (String aggregate : claimed.stream()
                            .map(c -> aggregateOf.get(c.item().id()))
                            .distinct()
                            .toList()) {
                        if (inFlight.putIfAbsent(aggregate, owner) != null) {
                            overlaps.add(aggregate);
                        }
                    }
                    for (ClaimedRecord c : claimed) {
                        if (claimedBy.putIfAbsent(c.item().id(), owner) != null) {
                            twice.add(c.item().id().toString());
                        }
                        claimOrder
                                .computeIfAbsent(
                                        aggregateOf.get(c.item().id()),
                                        k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(c.item().id());
                    }
                    claimedHere += claimed.size();
                    claimed.stream()
                            .map(c -> aggregateOf.get(c.item().id()))
                            .distinct()
                            .forEach(aggregate -> inFlight.remove(aggregate, owner));
                    assertThat(deliver(claimer, claimed)).hasSize(claimed.size());
                }
                return claimedHere;
            }));
        }
        int a = runs.get(0).get();
        int b = runs.get(1).get();
        pool.shutdown();

        assertThat(twice).isEmpty();
        assertThat(claimedBy).hasSize(records);
        assertThat(a + b).isEqualTo(records);
        assertThat(a).as("instance a did work").isPositive();
        assertThat(b).as("instance b did work").isPositive();
        assertThat(overlaps).as("aggregates in flight at two claimers at once").isEmpty();
        claimOrder.forEach((aggregate, order) ->
                assertThat(order).as("claim order of " + aggregate).isSortedAccordingTo(UUID::compareTo));
        assertThat(sql.sql("SELECT COUNT(*) FROM ledger_record WHERE external_id LIKE :p AND state = 'DELIVERED'")
                        .param("p", batch + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(records);
    }

    @Test
    void recordsOfOneAggregateAreClaimedTogetherInAgeOrderAndNotWhileOneIsInFlight() {
        UUID first = admit("TE-1", "P-1", 1);
        UUID second = admit("TE-2", "P-1", 1);
        UUID other = admit("TE-3", "P-2", 1);
        Claimer claimer = claimer("instance-a");

        List<ClaimedRecord> claimed = claimer.claim(TYPES, 10);
        UUID third = admit("TE-4", "P-1", 1);
        List<ClaimedRecord> whileInFlight = claimer("instance-b").claim(TYPES, 10);

        assertThat(ids(claimed)).containsExactlyInAnyOrder(first, second, other);
        assertThat(ids(claimed).indexOf(first)).isLessThan(ids(claimed).indexOf(second));
        assertThat(whileInFlight).as("P-1 is in flight").isEmpty();

        deliver(claimer, claimed);
        assertThat(ids(claimer("instance-b").claim(TYPES, 10))).containsExactly(third);
    }

    @Test
    void olderRecordRetryingLaterHoldsBackYoungerRecordsOfItsAggregate() {
        UUID older = admit("TE-1", "P-1", 1);
        Claimer claimer = claimer("instance-a");
        ClaimedRecord taken = claimer.claim(TYPES, 1).getFirst();
        tx.executeWithoutResult(s -> states.settle(
                List.of(new Settlement(
                        older,
                        1L,
                        taken.lockVersion(),
                        DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.FAIL_TRANSIENT),
                        Cause.of("test", "503"),
                        clock.instant(),
                        1,
                        clock.instant().plusSeconds(60),
                        null)),
                claimer.owner()));
        UUID younger = admit("TE-2", "P-1", 1);

        assertThat(claimer.claim(TYPES, 10)).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(ids(claimer.claim(TYPES, 10))).containsExactly(older, younger);
    }

    @Test
    void interactiveLaneIsClaimedBeforeOlderBulkWork() {
        UUID bulk = admit("TE-1", "P-1", 1);
        UUID interactive = admit("TE-2", "P-2", 0);

        assertThat(ids(claimer("instance-a").claim(TYPES, 1))).containsExactly(interactive);
        assertThat(ids(claimer("instance-a").claim(TYPES, 1))).containsExactly(bulk);
    }

    @Test
    void expiredLeaseIsClaimedByAnotherInstance() {
        UUID id = admit("TE-1", "P-1", 1);
        Claimer crashed = claimer("instance-a");
        ClaimedRecord lost = crashed.claim(TYPES, 1).getFirst();
        assertThat(claimer("instance-b").claim(TYPES, 1)).isEmpty();

        clock.advance(LEASE.plusSeconds(1));
        int expired = tx.execute(
                s -> states.expireLeases(clock.instant(), Cause.of("dispatcher:instance-b", "lease expired")));
        List<ClaimedRecord> reclaimed = claimer("instance-b").claim(TYPES, 1);

        assertThat(expired).isEqualTo(1);
        assertThat(ids(reclaimed)).containsExactly(id);
        assertThat(deliver(crashed, List.of(lost)))
                .as("the crashed instance's late outcome")
                .isEmpty();
        assertThat(deliver(claimer("instance-b"), reclaimed)).containsExactly(id);
        assertThat(state(id)).isEqualTo("DELIVERED");
    }

    @Test
    void newerVersionAcceptedInFlightWaitsUntilTheOlderCallHasEnded() {
        UUID id = admit("TE-1", "P-1", 1);
        Claimer claimer = claimer("instance-a");
        ClaimedRecord v1 = claimer.claim(TYPES, 1).getFirst();

        tx.executeWithoutResult(s -> states.apply(List.of(new StateChange(
                id,
                2L,
                DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.ACCEPT),
                Cause.of("ingest:test", "accepted at ingest"),
                clock.instant(),
                null))));

        assertThat(claimer("instance-b").claim(TYPES, 1))
                .as("v1 may still reach Odoo")
                .isEmpty();
        assertThat(deliver(claimer, List.of(v1))).as("v1's outcome is stale").isEmpty();
        assertThat(state(id)).isEqualTo("PENDING");

        tx.executeWithoutResult(s -> states.releaseLeases(List.of(id), claimer.owner()));

        assertThat(ids(claimer("instance-b").claim(TYPES, 1))).containsExactly(id);
    }

    @Test
    void recordsOfTypesNoFlowDeliversAreNotClaimed() {
        admit("TE-1", "P-1", 1);

        assertThat(claimer("instance-a").claim(List.of(RecordType.CUSTOMER), 10))
                .isEmpty();
    }
}
