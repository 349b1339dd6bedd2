package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.core.ledger.Transition;
import java.util.List;
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
                dependency, entity, received_at, occurred_at, updated_at)
            VALUES (:id, :source, :type, :externalId, :version, :payload, :contentHash,
                :deleted, :state, NULL, 0, :at, :priority, :aggregateKey,
                :dependency, :entity, :at, :occurredAt, :at)
            """;

    private static final String SQL_UPDATE_STATE = """
            UPDATE ledger_record
               SET state = :to, exception_category = :category, next_attempt_at = :nextAttemptAt,
                   attempts = CASE WHEN :resetAttempts THEN 0 ELSE attempts END,
                   lease_owner = NULL, lease_expires_at = NULL,
                   last_error_name = :errorName, last_error_message = :errorMessage,
                   updated_at = :at, lock_version = lock_version + 1
             WHERE id = :id AND state = :from
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
                    .addValue("occurredAt", c == null ? null : DbTime.of(c.occurredAt()));
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
                    .addValue("resetAttempts", restartsDelivery(t.event()));
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
            UUID id, Long version, Transition t, Cause cause, java.time.Instant at, java.time.Instant next) {
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
