package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.core.ledger.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The only code that writes a record's delivery state. It writes nothing but {@link Transition}s of
 * the core table, each conditional on the state it starts from, and appends each to the history.
 */
@Component
public class StateWriter {

    private static final String SQL_INSERT_RECORD = """
            INSERT INTO ledger_record (id, source, record_type, external_id, version, payload, content_hash,
                deleted, state, exception_category, attempts, next_attempt_at, priority, aggregate_key,
                dependency, entity, received_at, occurred_at, updated_at, accepted_at)
            VALUES (:id, :source, :type, :externalId, :version, :payload, :contentHash,
                :deleted, :state, NULL, 0, :at, :priority, :aggregateKey,
                :dependency, :entity, :at, :occurredAt, :at, :acceptedAt)
            """;

    private static final String SQL_UPDATE_STATE = """
            UPDATE ledger_record
               SET state = :to, exception_category = :category, next_attempt_at = :nextAttemptAt,
                   attempts = CASE WHEN :resetAttempts THEN 0 ELSE attempts END,
                   lease_owner = CASE WHEN :keepLease THEN lease_owner ELSE NULL END,
                   lease_expires_at = CASE WHEN :keepLease THEN lease_expires_at ELSE NULL END,
                   last_error_name = :errorName, last_error_message = :errorMessage,
                   updated_at = :at, lock_version = lock_version + 1
             WHERE id = :id AND state = :from
            """;

    private static final String SQL_CLAIM = """
            UPDATE ledger_record
               SET state = 'IN_FLIGHT', lease_owner = :owner, lease_expires_at = :leaseExpiresAt,
                   updated_at = :at, lock_version = lock_version + 1
             WHERE id = :id AND state = :from AND lock_version = :lockVersion
            """;

    private static final String SQL_SETTLE = """
            UPDATE ledger_record
               SET state = :to, exception_category = :category, next_attempt_at = :nextAttemptAt,
                   attempts = :attempts, dependency = :dependency, lease_owner = NULL, lease_expires_at = NULL,
                   last_error_name = :errorName, last_error_message = :errorMessage,
                   updated_at = :at, lock_version = lock_version + 1
             WHERE id = :id AND state = 'IN_FLIGHT' AND lock_version = :lockVersion AND lease_owner = :owner
            """;

    private static final String SQL_RELEASE_LEASE = """
            UPDATE ledger_record SET lease_owner = NULL, lease_expires_at = NULL
             WHERE id = :id AND lease_owner = :owner AND state <> 'IN_FLIGHT'
            """;

    private static final String SQL_EXPIRED_LEASES = """
            SELECT id, version FROM ledger_record
             WHERE state = 'IN_FLIGHT' AND lease_expires_at <= :now
             ORDER BY lease_expires_at
             FETCH FIRST 1000 ROWS ONLY
            """;

    private static final String SQL_EXPIRE_LEASE = """
            UPDATE ledger_record
               SET state = 'PENDING', next_attempt_at = :at, lease_owner = NULL, lease_expires_at = NULL,
                   updated_at = :at, lock_version = lock_version + 1
             WHERE id = :id AND state = 'IN_FLIGHT' AND lease_expires_at <= :at
            """;

    private static final String SQL_INSERT_TRANSITION = """
            INSERT INTO ledger_transition (record_id, version, from_state, event, to_state, exception_category,
                actor, reason, error_name, error_message, attempt, occurred_at)
            VALUES (:id, :version, :from, :event, :to, :category,
                :actor, :reason, :errorName, :errorMessage, :attempt, :at)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public StateWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the first row of each key in its first state, with that first transition. */
    public void admit(List<Admission> admissions) {
        if (admissions.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = new SqlParameterSource[admissions.size()];
        SqlParameterSource[] history = new SqlParameterSource[admissions.size()];
        for (int i = 0; i < rows.length; i++) {
            Admission a = admissions.get(i);
            RecordContent c = a.content();
            rows[i] = new MapSqlParameterSource()
                    .addValue("id", a.id())
                    .addValue("source", a.key().source())
                    .addValue("type", a.key().type().wireName())
                    .addValue("externalId", a.key().externalId())
                    .addValue("version", c == null ? null : c.version())
                    .addValue("payload", c == null ? null : c.payload())
                    .addValue("contentHash", c == null ? null : c.contentHash())
                    .addValue("deleted", c != null && c.deleted())
                    .addValue("state", a.transition().to().name())
                    .addValue("at", DbTime.of(a.at()))
                    .addValue("priority", c == null ? 1 : c.priority())
                    .addValue(
                            "aggregateKey",
                            c == null || c.aggregate() == null
                                    ? null
                                    : c.aggregate().toString())
                    .addValue(
                            "dependency",
                            c == null || c.dependency() == null
                                    ? null
                                    : c.dependency().toString())
                    .addValue("entity", c == null ? null : c.entity())
                    .addValue("occurredAt", c == null ? null : DbTime.of(c.occurredAt()))
                    .addValue("acceptedAt", c == null ? null : DbTime.of(a.at()));
            history[i] = transitionRow(a.id(), c == null ? null : c.version(), a.transition(), a.cause(), a.at(), null);
        }
        jdbc.batchUpdate(SQL_INSERT_RECORD, rows);
        jdbc.batchUpdate(SQL_INSERT_TRANSITION, history);
    }

    /**
     * Applies transitions to existing records, in list order. Throws {@link StateConflictException}
     * (rolling the caller's transaction back) when a record is no longer in the {@code from} state.
     */
    public void apply(List<StateChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        SqlParameterSource[] updates = new SqlParameterSource[changes.size()];
        SqlParameterSource[] history = new SqlParameterSource[changes.size()];
        for (int i = 0; i < updates.length; i++) {
            StateChange c = changes.get(i);
            Transition t = c.transition();
            updates[i] = transitionRow(c.recordId(), c.version(), t, c.cause(), c.at(), c.nextAttemptAt())
                    .addValue("resetAttempts", restartsDelivery(t.event()))
                    .addValue("keepLease", keepsLease(t));
            history[i] = transitionRow(c.recordId(), c.version(), t, c.cause(), c.at(), null);
        }
        int[] counts = jdbc.batchUpdate(SQL_UPDATE_STATE, updates);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StateConflictException(
                        changes.get(i).recordId(), changes.get(i).transition().from());
            }
        }
        jdbc.batchUpdate(SQL_INSERT_TRANSITION, history);
    }

    /**
     * Takes records under a lease ({@code PENDING} or {@code RETRY_WAIT} {@code → IN_FLIGHT}), each only if
     * it is still in its state at its lock version; answers the ids taken. A record another claimer took
     * first is left out, not an error.
     */
    public Set<UUID> claim(List<Claim> claims, String owner, Instant at, Instant leaseExpiresAt) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        SqlParameterSource[] updates = new SqlParameterSource[claims.size()];
        for (int i = 0; i < updates.length; i++) {
            Claim c = claims.get(i);
            updates[i] = new MapSqlParameterSource()
                    .addValue("id", c.recordId())
                    .addValue("from", c.transition().from().name())
                    .addValue("lockVersion", c.lockVersion())
                    .addValue("owner", owner)
                    .addValue("leaseExpiresAt", DbTime.of(leaseExpiresAt))
                    .addValue("at", DbTime.of(at));
        }
        int[] counts = jdbc.batchUpdate(SQL_CLAIM, updates);
        Set<UUID> taken = new LinkedHashSet<>();
        List<SqlParameterSource> history = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                Claim c = claims.get(i);
                taken.add(c.recordId());
                history.add(transitionRow(c.recordId(), c.version(), c.transition(), c.cause(), at, null));
            }
        }
        insertHistory(history);
        return taken;
    }

    /**
     * Writes the dispatcher's outcomes ({@code IN_FLIGHT →} delivered, retry, exception, waiting), each only
     * while {@code owner} still holds the lease it took at that lock version; answers the ids written.
     * A record whose lease was lost (a newer version arrived, the lease expired) is left as it is.
     */
    public Set<UUID> settle(List<Settlement> settlements, String owner) {
        if (settlements.isEmpty()) {
            return Set.of();
        }
        SqlParameterSource[] updates = new SqlParameterSource[settlements.size()];
        for (int i = 0; i < updates.length; i++) {
            Settlement s = settlements.get(i);
            updates[i] = transitionRow(s.recordId(), s.version(), s.transition(), s.cause(), s.at(), s.nextAttemptAt())
                    .addValue("lockVersion", s.lockVersion())
                    .addValue("owner", owner)
                    .addValue("attempts", s.attempts())
                    .addValue(
                            "dependency",
                            s.dependency() == null ? null : s.dependency().toString());
        }
        int[] counts = jdbc.batchUpdate(SQL_SETTLE, updates);
        Set<UUID> written = new LinkedHashSet<>();
        List<SqlParameterSource> history = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                Settlement s = settlements.get(i);
                written.add(s.recordId());
                history.add(transitionRow(s.recordId(), s.version(), s.transition(), s.cause(), s.at(), null));
            }
        }
        insertHistory(history);
        return written;
    }

    /**
     * Gives up the lease {@code owner} kept on records that moved on while in flight (a newer version was
     * accepted): the newer version may then be claimed. Not a transition: the state stays.
     */
    public void releaseLeases(Collection<UUID> recordIds, String owner) {
        if (!recordIds.isEmpty()) {
            jdbc.batchUpdate(
                    SQL_RELEASE_LEASE,
                    recordIds.stream()
                            .map(id -> new MapSqlParameterSource()
                                    .addValue("id", id)
                                    .addValue("owner", owner))
                            .toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * Frees work whose lease ran out ({@code IN_FLIGHT → PENDING}, {@code LEASE_EXPIRED}): its claimer
     * died or stalled. At most 1,000 a call; answers how many.
     */
    public int expireLeases(Instant now, Cause cause) {
        List<Map.Entry<UUID, Long>> expired = jdbc.query(
                SQL_EXPIRED_LEASES,
                new MapSqlParameterSource("now", DbTime.of(now)),
                (rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("version")));
        if (expired.isEmpty()) {
            return 0;
        }
        Transition t = DeliveryStateMachine.next(DeliveryState.IN_FLIGHT, DeliveryEvent.LEASE_EXPIRED);
        int[] counts = jdbc.batchUpdate(
                SQL_EXPIRE_LEASE,
                expired.stream()
                        .map(e -> new MapSqlParameterSource()
                                .addValue("id", e.getKey())
                                .addValue("at", DbTime.of(now)))
                        .toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> history = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                history.add(
                        transitionRow(expired.get(i).getKey(), expired.get(i).getValue(), t, cause, now, null));
            }
        }
        insertHistory(history);
        return history.size();
    }

    private void insertHistory(List<SqlParameterSource> history) {
        if (!history.isEmpty()) {
            jdbc.batchUpdate(SQL_INSERT_TRANSITION, history.toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * A newer version accepted while the older one is in flight keeps the dispatcher's lease: the
     * newer one is not claimed while the older call may still reach Odoo, so Odoo never ends on the
     * older version.
     */
    private static boolean keepsLease(Transition t) {
        return t.from() == DeliveryState.IN_FLIGHT
                && (t.event() == DeliveryEvent.ACCEPT || t.event() == DeliveryEvent.WAIT_FOR_DEPENDENCY);
    }

    /** Odoo's messages can be long; the history keeps their start rather than failing the write. */
    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static boolean restartsDelivery(DeliveryEvent event) {
        return switch (event) {
            case ACCEPT, WAIT_FOR_DEPENDENCY, REPLAY, DEPENDENCY_RESOLVED -> true;
            default -> false;
        };
    }

    private static MapSqlParameterSource transitionRow(
            UUID id, Long version, Transition t, Cause cause, Instant at, Instant next) {
        ExceptionCategory category = t.exceptionCategory().orElse(null);
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("version", version)
                .addValue("from", t.from().name())
                .addValue("event", t.event().name())
                .addValue("to", t.to().name())
                .addValue("category", category == null ? null : category.name())
                .addValue("actor", clip(cause.actor(), 128))
                .addValue("reason", clip(cause.reason(), 1000))
                .addValue("errorName", clip(cause.errorName(), 255))
                .addValue("errorMessage", clip(cause.errorMessage(), 4000))
                .addValue("attempt", cause.attempt())
                .addValue("at", DbTime.of(at))
                .addValue("nextAttemptAt", DbTime.of(next == null && t.to() != DeliveryState.RETRY_WAIT ? at : next));
    }
}
