package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.ExceptionCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The read side of open exceptions: records in {@code EXCEPTION} with the transition that put them there. */
@Repository
public class ExceptionRepository {

    private static final String SQL_OPEN = """
            SELECT id, source, record_type, external_id, version, exception_category, attempts, entity,
                   aggregate_key, last_error_name, last_error_message, updated_at
              FROM ledger_record
             WHERE state = 'EXCEPTION'
            """;

    private static final String SQL_CAUSES = """
            SELECT record_id, actor, reason, occurred_at
              FROM ledger_transition
             WHERE record_id IN (:ids) AND to_state = 'EXCEPTION'
             ORDER BY id
            """;

    private static final String SQL_RECORD = """
            SELECT id, source, record_type, external_id, version, state, entity, occurred_at
              FROM ledger_record WHERE id = :id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public ExceptionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which open exceptions an operator asks for; every part is optional. {@code project} is the key
     * of the aggregate (the project a time entry or task belongs to, or the project itself).
     */
    public record Filter(
            ExceptionCategory category, RecordType type, String source, RecordKey project, Instant since) {}

    /** One open exception: the record, its category, attempts, Odoo's last error and why it stopped. */
    public record OpenException(
            UUID ledgerId,
            RecordKey key,
            Long version,
            String category,
            int attempts,
            String entity,
            String aggregate,
            String errorName,
            String errorMessage,
            Instant since,
            String stoppedBy,
            String cause) {}

    /** A record an operator acts on: its key, version, state, entity and when it occurred. */
    public record Subject(UUID id, RecordKey key, Long version, String state, String entity, Instant occurredAt) {}

    /** Open exceptions matching {@code filter} in ledger order, after {@code after} (null: from the first). */
    public List<OpenException> find(Filter filter, UUID after, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder(SQL_OPEN);
        where(filter, params, sql);
        if (after != null) {
            sql.append(" AND id > :after");
            params.addValue("after", after);
        }
        sql.append(" ORDER BY id FETCH FIRST ").append(limit).append(" ROWS ONLY");
        List<Row> rows = jdbc.query(sql.toString(), params, (rs, n) -> {
            long version = rs.getLong("version");
            Long v = rs.wasNull() ? null : version;
            return new Row(
                    rs.getObject("id", UUID.class),
                    RecordKey.of(
                            rs.getString("source"),
                            RecordType.fromWire(rs.getString("record_type")).orElseThrow(),
                            rs.getString("external_id")),
                    v,
                    rs.getString("exception_category"),
                    rs.getInt("attempts"),
                    rs.getString("entity"),
                    rs.getString("aggregate_key"),
                    rs.getString("last_error_name"),
                    rs.getString("last_error_message"),
                    DbTime.read(rs, "updated_at"));
        });
        Map<UUID, String[]> causes = causes(rows.stream().map(Row::id).toList());
        List<OpenException> found = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String[] cause = causes.getOrDefault(r.id(), new String[2]);
            found.add(new OpenException(
                    r.id(),
                    r.key(),
                    r.version(),
                    r.category(),
                    r.attempts(),
                    r.entity(),
                    r.aggregate(),
                    r.errorName(),
                    r.errorMessage(),
                    r.since(),
                    cause[0],
                    cause[1]));
        }
        return found;
    }

    /** The ids of open exceptions matching {@code filter}, after {@code after}, at most {@code limit}. */
    public List<UUID> ids(Filter filter, UUID after, int limit) {
        return find(filter, after, limit).stream().map(OpenException::ledgerId).toList();
    }

    /** The record an operator names by its ledger id. */
    public Optional<Subject> subject(UUID id) {
        return jdbc
                .query(SQL_RECORD, new MapSqlParameterSource("id", id), (rs, n) -> {
                    long version = rs.getLong("version");
                    Long v = rs.wasNull() ? null : version;
                    return new Subject(
                            rs.getObject("id", UUID.class),
                            RecordKey.of(
                                    rs.getString("source"),
                                    RecordType.fromWire(rs.getString("record_type"))
                                            .orElseThrow(),
                                    rs.getString("external_id")),
                            v,
                            rs.getString("state"),
                            rs.getString("entity"),
                            DbTime.read(rs, "occurred_at"));
                })
                .stream()
                .findFirst();
    }

    private static void where(Filter f, MapSqlParameterSource params, StringBuilder sql) {
        if (f.category() != null) {
            sql.append(" AND exception_category = :category");
            params.addValue("category", f.category().name());
        }
        if (f.type() != null) {
            sql.append(" AND record_type = :type");
            params.addValue("type", f.type().wireName());
        }
        if (f.source() != null) {
            sql.append(" AND source = :source");
            params.addValue("source", f.source());
        }
        if (f.project() != null) {
            sql.append(" AND aggregate_key = :project");
            params.addValue("project", f.project().toString());
        }
        if (f.since() != null) {
            sql.append(" AND updated_at >= :since");
            params.addValue("since", DbTime.of(f.since()));
        }
    }

    /** The actor and reason of the newest transition into {@code EXCEPTION} of each record. */
    private Map<UUID, String[]> causes(List<UUID> ids) {
        Map<UUID, String[]> causes = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(SQL_CAUSES, new MapSqlParameterSource("ids", ids), rs -> {
                causes.put(
                        rs.getObject("record_id", UUID.class),
                        new String[] {rs.getString("actor"), rs.getString("reason")});
            });
        }
        return causes;
    }

    private record Row(
            UUID id,
            RecordKey key,
            Long version,
            String category,
            int attempts,
            String entity,
            String aggregate,
            String errorName,
            String errorMessage,
            Instant since) {}
}
