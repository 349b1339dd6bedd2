package dev.ledgerline.hub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the ledger's SQL must do on every database the hub supports; run unchanged by {@code
 * H2LedgerRepositoryTest} and {@code PostgresLedgerRepositoryIT}.
 */
abstract class LedgerRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-02T17:05:00.123456Z");

    protected abstract DataSource dataSource();

    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private LedgerRepository ledger;
    private StateWriter states;
    private DependencyRepository dependencies;
    private JdbcClient sql;
    private TransactionTemplate tx;

    @BeforeEach
    void migrate() {
        DataSource ds = dataSource();
        Flyway.configure().dataSource(ds).load().migrate();
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(ds);
        sql = JdbcClient.create(ds);
        ledger = new LedgerRepository(jdbc, sql);
        states = new StateWriter(jdbc);
        dependencies = new DependencyRepository(jdbc);
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    private static RecordKey key(RecordType type) {
        return RecordKey.of("psa", type, type.wireName() + "-" + UUID.randomUUID());
    }

    private static RecordContent content(RecordKey key, long version) {
        return new RecordContent(
                key, version, "{\"hours\":7.5}", "hash-" + version, false, "us", T0.minusSeconds(60), T0, key, null, 1);
    }

    private UUID admit(RecordKey key, DeliveryEvent event) {
        UUID id = LedgerIds.next(clock);
        var t = DeliveryStateMachine.next(DeliveryState.RECEIVED, event);
        tx.executeWithoutResult(s -> states.admit(List.of(new Admission(
                id, key, t.to() == DeliveryState.REJECTED ? null : content(key, 1), t, Cause.of("test", "why"), T0))));
        return id;
    }

    @Test
    void admittedRecordIsFoundWithItsVersionHashAndState() {
        RecordKey key = key(RecordType.TIME_ENTRY);
        UUID id = admit(key, DeliveryEvent.ACCEPT);

        Map<RecordKey, StoredRecord> found = tx.execute(s -> ledger.lockByKeys(List.of(key, key(RecordType.TASK))));

        assertThat(found).containsOnlyKeys(key);
        assertThat(found.get(key)).isEqualTo(new StoredRecord(id, key, 1L, "hash-1", DeliveryState.PENDING));
        assertThat(ledger.currentPayload(key)).contains("{\"hours\":7.5}");
    }

    @Test
    void rejectedKeyHasNoAcceptedVersion() {
        RecordKey rejected = key(RecordType.TIME_ENTRY);
        RecordKey accepted = key(RecordType.TIME_ENTRY);
        admit(rejected, DeliveryEvent.REJECT);
        admit(accepted, DeliveryEvent.ACCEPT);

        Set<RecordKey> keys = ledger.acceptedKeys(List.of(rejected, accepted));

        assertThat(keys).containsExactly(accepted);
        assertThat(tx.execute(s -> ledger.lockByKeys(List.of(rejected)))
                        .get(rejected)
                        .version())
                .isNull();
        assertThat(ledger.currentPayload(rejected)).isEmpty();
    }

    @Test
    void sameKeyCannotBeAdmittedTwice() {
        RecordKey key = key(RecordType.PROJECT);
        admit(key, DeliveryEvent.ACCEPT);

        assertThatThrownBy(() -> admit(key, DeliveryEvent.ACCEPT)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void transitionFromAStateTheRecordAlreadyLeftIsRefused() {
        RecordKey key = key(RecordType.TIME_ENTRY);
        UUID id = admit(key, DeliveryEvent.ACCEPT);
        var claim = DeliveryStateMachine.next(DeliveryState.PENDING, DeliveryEvent.CLAIM);
        tx.executeWithoutResult(
                s -> states.apply(List.of(new StateChange(id, 1L, claim, Cause.of("d1", null), T0, null))));

        assertThatThrownBy(() -> tx.executeWithoutResult(
                        s -> states.apply(List.of(new StateChange(id, 1L, claim, Cause.of("d2", null), T0, null)))))
                .isInstanceOf(StateConflictException.class);
        assertThat(state(id)).isEqualTo("IN_FLIGHT");
    }

    @Test
    void historyKeepsEveryTransitionWithCauseInOrder() {
        RecordKey key = key(RecordType.TIME_ENTRY);
        UUID id = admit(key, DeliveryEvent.ACCEPT);
        Cause odoo = new Cause("dispatcher:a", "create failed", "ValidationError", "Missing required field", 1);
        tx.executeWithoutResult(s -> states.apply(List.of(
                new StateChange(
                        id,
                        1L,
                        DeliveryStateMachine.next(DeliveryState.PENDING, DeliveryEvent.CLAIM),
                        Cause.of("dispatcher:a", null),
                        T0,
                        null),
                new StateChange(
                        id,
                        1L,
                        DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.FAIL_DATA),
                        odoo,
                        T0,
                        null))));

        List<String> steps = sql.sql(
                        "SELECT from_state || '>' || event || '>' || to_state FROM ledger_transition WHERE record_id = :id ORDER BY id")
                .param("id", id)
                .query(String.class)
                .list();

        assertThat(steps)
                .containsExactly("RECEIVED>ACCEPT>PENDING", "PENDING>CLAIM>IN_FLIGHT", "IN_FLIGHT>FAIL_DATA>EXCEPTION");
        assertThat(sql.sql("SELECT exception_category FROM ledger_record WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("DATA");
        assertThat(sql.sql(
                                "SELECT error_name || ': ' || error_message FROM ledger_transition WHERE record_id = :id AND event = 'FAIL_DATA'")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("ValidationError: Missing required field");
    }

    @Test
    void instantsReadBackExactlyWhateverTheSessionTimeZone() {
        RecordKey key = key(RecordType.TIME_ENTRY);
        UUID id = admit(key, DeliveryEvent.ACCEPT);

        Instant received = sql.sql("SELECT received_at FROM ledger_record WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> DbTime.read(rs, "received_at"))
                .single();

        assertThat(received).isEqualTo(T0);
    }

    @Test
    void newerVersionReplacesTheContentAndEveryVersionIsKept() {
        RecordKey key = key(RecordType.TIME_ENTRY);
        UUID id = admit(key, DeliveryEvent.ACCEPT);
        RecordContent v2 = new RecordContent(key, 2, "{\"hours\":8}", "hash-2", false, "us", T0, T0, key, null, 0);

        tx.executeWithoutResult(s -> {
            ledger.insertVersions(List.of(Map.entry(id, content(key, 1)), Map.entry(id, v2)));
            ledger.updateContent(List.of(Map.entry(id, v2)));
        });

        assertThat(ledger.currentPayload(key)).contains("{\"hours\":8}");
        assertThat(sql.sql("SELECT version FROM ledger_record_version WHERE record_id = :id ORDER BY version")
                        .param("id", id)
                        .query(Long.class)
                        .list())
                .containsExactly(1L, 2L);
    }

    @Test
    void waitingRecordIsReleasedOnlyWhenItsLastParentArrives() {
        RecordKey entry = key(RecordType.TIME_ENTRY);
        RecordKey project = key(RecordType.PROJECT);
        RecordKey employee = key(RecordType.EMPLOYEE);
        UUID id = admit(entry, DeliveryEvent.WAIT_FOR_DEPENDENCY);
        tx.executeWithoutResult(s -> dependencies.replace(
                List.of(),
                List.of(
                        new DependencyRepository.Missing(id, project),
                        new DependencyRepository.Missing(id, employee))));

        Set<UUID> afterProject = tx.execute(s -> dependencies.release(List.of(project)));
        Set<UUID> afterEmployee = tx.execute(s -> dependencies.release(List.of(employee)));

        assertThat(afterProject).isEmpty();
        assertThat(afterEmployee).containsExactly(id);
        Map<UUID, DeliveryState> states = tx.execute(s -> ledger.lockStates(afterEmployee));
        assertThat(states).containsEntry(id, DeliveryState.PENDING_DEPENDENCY);
    }

    @Test
    void backlogCountsOnlyRecordsNotYetDeliveredOrStopped() {
        long before = ledger.backlog();
        admit(key(RecordType.TIME_ENTRY), DeliveryEvent.ACCEPT);
        admit(key(RecordType.TIME_ENTRY), DeliveryEvent.WAIT_FOR_DEPENDENCY);
        admit(key(RecordType.TIME_ENTRY), DeliveryEvent.REJECT);

        assertThat(ledger.backlog()).isEqualTo(before + 2);
    }

    @Test
    void bindingIsUniqueBothWaysPerTarget() {
        UUID a = admit(key(RecordType.PROJECT), DeliveryEvent.ACCEPT);
        UUID b = admit(key(RecordType.PROJECT), DeliveryEvent.ACCEPT);
        bind("us", "project.project", 7, a);

        assertThatThrownBy(() -> bind("us", "project.project", 7, b)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> bind("us", "project.project", 8, a)).isInstanceOf(DuplicateKeyException.class);
        bind("us", "account.analytic.account", 7, a);
        bind("eu", "project.project", 7, b);
    }

    private void bind(String target, String model, long odooId, UUID record) {
        sql.sql("INSERT INTO binding (target, odoo_model, odoo_id, record_id, created_at) VALUES (:t, :m, :o, :r, :at)")
                .param("t", target)
                .param("m", model)
                .param("o", odooId)
                .param("r", record)
                .param("at", DbTime.of(T0))
                .update();
    }

    private String state(UUID id) {
        return sql.sql("SELECT state FROM ledger_record WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
