package dev.ledgerline.hub.audit;

import dev.ledgerline.hub.ledger.DbTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code audit_entry} and {@code audit_chain_head}. Entries are inserted, never updated. */
@Repository
class AuditRepository {

    private static final String SQL_LOCK_HEAD = """
            SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE
            """;

    private static final String SQL_READ_HEAD = """
            SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1
            """;

    private static final String SQL_UPDATE_HEAD = """
            UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1
            """;

    private static final String SQL_INSERT = """
            INSERT INTO audit_entry (seq, recorded_at, actor, action, subject, details, prev_hash, entry_hash)
            VALUES (:seq, :recordedAt, :actor, :action, :subject, :details, :prevHash, :hash)
            """;

    private static final String SQL_LATEST = """
            SELECT * FROM audit_entry
             WHERE action = :action AND subject = :subject
             ORDER BY seq DESC
             FETCH FIRST 1 ROWS ONLY
            """;

    private static final String SQL_PAGE = """
            SELECT * FROM audit_entry WHERE seq > :after ORDER BY seq FETCH FIRST :limit ROWS ONLY
            """;

    private static final String SQL_FIND = """
            SELECT * FROM audit_entry
             WHERE seq > :after
               AND (CAST(:since AS TIMESTAMP WITH TIME ZONE) IS NULL OR recorded_at >= :since)
               AND (CAST(:action AS VARCHAR(64)) IS NULL OR action = :action OR action LIKE :actionPrefix)
             ORDER BY seq
             FETCH FIRST :limit ROWS ONLY
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;

    AuditRepository(NamedParameterJdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** The end of the chain, locked until the transaction ends: appends of other transactions wait. */
    Head lockHead() {
        return client.sql(SQL_LOCK_HEAD).query(AuditRepository::toHead).single();
    }

    Head head() {
        return client.sql(SQL_READ_HEAD).query(AuditRepository::toHead).single();
    }

    void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                SQL_INSERT,
                entries.stream()
                        .map(e -> new MapSqlParameterSource()
                                .addValue("seq", e.seq())
                                .addValue("recordedAt", DbTime.of(e.recordedAt()))
                                .addValue("actor", e.actor())
                                .addValue("action", e.action())
                                .addValue("subject", e.subject())
                                .addValue("details", e.details())
                                .addValue("prevHash", e.previousHash())
                                .addValue("hash", e.hash()))
                        .toArray(SqlParameterSource[]::new));
        AuditEntry last = entries.getLast();
        client.sql(SQL_UPDATE_HEAD)
                .param("seq", last.seq())
                .param("hash", last.hash())
                .update();
    }

    Optional<AuditEntry> latest(String action, String subject) {
        return client.sql(SQL_LATEST)
                .param("action", action)
                .param("subject", subject)
                .query(AuditRepository::toEntry)
                .optional();
    }

    /** Entries after {@code afterSeq} in chain order, at most {@code limit}. */
    List<AuditEntry> page(long afterSeq, int limit) {
        return client.sql(SQL_PAGE)
                .param("after", afterSeq)
                .param("limit", limit)
                .query(AuditRepository::toEntry)
                .list();
    }

    /** Entries after {@code afterSeq} recorded at or after {@code since}, of {@code action} or its sub-actions. */
    List<AuditEntry> find(Instant since, String action, long afterSeq, int limit) {
        return client.sql(SQL_FIND)
                .param("after", afterSeq)
                .param("since", DbTime.of(since))
                .param("action", action)
                .param("actionPrefix", action == null ? null : action.replace("%", "") + ".%")
                .param("limit", limit)
                .query(AuditRepository::toEntry)
                .list();
    }

    record Head(long lastSeq, String lastHash) {}

    private static Head toHead(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong("last_seq"), rs.getString("last_hash"));
    }

    private static AuditEntry toEntry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                DbTime.read(rs, "recorded_at"),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("details"),
                rs.getString("prev_hash"),
                rs.getString("entry_hash"));
    }
}
