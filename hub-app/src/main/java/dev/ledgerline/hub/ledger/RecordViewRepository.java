package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read side of one record: its row, versions, rejections, bindings and history. */
@Repository
public class RecordViewRepository {

    private static final String SQL_RECORD = """
            SELECT id, version, payload, state, exception_category, attempts, next_attempt_at, priority,
                   aggregate_key, dependency, entity, deleted, received_at, occurred_at, updated_at,
                   last_error_name, last_error_message
              FROM ledger_record
             WHERE source = :source AND record_type = :type AND external_id = :externalId
            """;

    private static final String SQL_VERSIONS = """
            SELECT version, payload, content_hash, deleted, entity, occurred_at, received_at
              FROM ledger_record_version WHERE record_id = :id ORDER BY version
            """;

    private static final String SQL_REJECTIONS = """
            SELECT version, errors, actor, received_at
              FROM ledger_rejection
             WHERE source = :source AND record_type = :type AND external_id = :externalId
             ORDER BY id
            """;

    private static final String SQL_BINDINGS = """
            SELECT target, odoo_model, odoo_id FROM binding WHERE record_id = :id ORDER BY target, odoo_model
            """;

    private static final String SQL_HISTORY = """
            SELECT version, from_state, event, to_state, exception_category, actor, reason, error_name,
                   error_message, attempt, occurred_at
              FROM ledger_transition WHERE record_id = :id ORDER BY id
            """;

    private final JdbcClient jdbc;

    public RecordViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RecordView> find(RecordKey key) {
        return jdbc.sql(SQL_RECORD)
                .param("source", key.source())
                .param("type", key.type().wireName())
                .param("externalId", key.externalId())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    long version = rs.getLong("version");
                    boolean hasVersion = !rs.wasNull();
                    return new RecordView(
                            id.toString(),
                            key.source(),
                            key.type().wireName(),
                            key.externalId(),
                            hasVersion ? version : null,
                            rs.getString("state"),
                            rs.getString("exception_category"),
                            rs.getInt("attempts"),
                            DbTime.read(rs, "next_attempt_at"),
                            rs.getInt("priority"),
                            rs.getString("aggregate_key"),
                            rs.getString("dependency"),
                            rs.getString("entity"),
                            rs.getBoolean("deleted"),
                            DbTime.read(rs, "received_at"),
                            DbTime.read(rs, "occurred_at"),
                            DbTime.read(rs, "updated_at"),
                            rs.getString("last_error_name"),
                            rs.getString("last_error_message"),
                            rs.getString("payload"),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            false);
                })
                .optional()
                .map(r -> r.with(versions(r.uuid()), rejections(key), bindings(r.uuid()), history(r.uuid())));
    }

    private List<RecordView.Version> versions(UUID id) {
        return jdbc.sql(SQL_VERSIONS)
                .param("id", id)
                .query((rs, n) -> new RecordView.Version(
                        rs.getLong("version"),
                        rs.getString("content_hash"),
                        rs.getBoolean("deleted"),
                        rs.getString("entity"),
                        DbTime.read(rs, "occurred_at"),
                        DbTime.read(rs, "received_at"),
                        rs.getString("payload")))
                .list();
    }

    private List<RecordView.Rejection> rejections(RecordKey key) {
        return jdbc.sql(SQL_REJECTIONS)
                .param("source", key.source())
                .param("type", key.type().wireName())
                .param("externalId", key.externalId())
                .query((rs, n) -> {
                    long version = rs.getLong("version");
                    return new RecordView.Rejection(
                            rs.wasNull() ? null : version,
                            rs.getString("errors"),
                            rs.getString("actor"),
                            DbTime.read(rs, "received_at"));
                })
                .list();
    }

    private List<RecordView.Binding> bindings(UUID id) {
        return jdbc.sql(SQL_BINDINGS)
                .param("id", id)
                .query((rs, n) -> new RecordView.Binding(
                        rs.getString("target"), rs.getString("odoo_model"), rs.getLong("odoo_id"), null, null))
                .list();
    }

    private List<RecordView.Step> history(UUID id) {
        return jdbc.sql(SQL_HISTORY)
                .param("id", id)
                .query((rs, n) -> {
                    long version = rs.getLong("version");
                    Long v = rs.wasNull() ? null : version;
                    int attempt = rs.getInt("attempt");
                    Integer a = rs.wasNull() ? null : attempt;
                    return new RecordView.Step(
                            v,
                            rs.getString("from_state"),
                            rs.getString("event"),
                            rs.getString("to_state"),
                            rs.getString("exception_category"),
                            rs.getString("actor"),
                            rs.getString("reason"),
                            rs.getString("error_name"),
                            rs.getString("error_message"),
                            a,
                            DbTime.read(rs, "occurred_at"));
                })
                .list();
    }
}
