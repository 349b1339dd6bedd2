package dev.ledgerline.hub.operations;

import dev.ledgerline.hub.ledger.DbTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of {@code payload_correction}. */
@Repository
class CorrectionRepository {

    private static final String SQL_INSERT = """
            INSERT INTO payload_correction (id, record_id, base_version, version, envelope, reason, proposed_by,
                proposed_at, status, decided_by, decided_at)
            VALUES (:id, :recordId, :baseVersion, :version, :envelope, :reason, :proposedBy,
                :proposedAt, :status, :decidedBy, :decidedAt)
            """;

    private static final String SQL_SUPERSEDE = """
            UPDATE payload_correction SET status = 'SUPERSEDED', decided_by = :by, decided_at = :at
             WHERE record_id = :recordId AND status = 'PROPOSED'
            """;

    private static final String SQL_DECIDE = """
            UPDATE payload_correction SET status = :status, decided_by = :by, decided_at = :at
             WHERE id = :id AND status = 'PROPOSED'
            """;

    private static final String SQL_PROPOSED = """
            SELECT * FROM payload_correction WHERE record_id IN (:ids) AND status = 'PROPOSED'
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CorrectionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Correction c) {
        jdbc.update(
                SQL_INSERT,
                new MapSqlParameterSource()
                        .addValue("id", c.id())
                        .addValue("recordId", c.recordId())
                        .addValue("baseVersion", c.baseVersion())
                        .addValue("version", c.version())
                        .addValue("envelope", c.envelope())
                        .addValue("reason", c.reason())
                        .addValue("proposedBy", c.proposedBy())
                        .addValue("proposedAt", DbTime.of(c.proposedAt()))
                        .addValue("status", c.status().name())
                        .addValue("decidedBy", c.decidedBy())
                        .addValue("decidedAt", DbTime.of(c.decidedAt())));
    }

    /** Earlier corrections of the record still waiting are replaced by a newer one. */
    void supersede(UUID recordId, String by, Instant at) {
        jdbc.update(
                SQL_SUPERSEDE,
                new MapSqlParameterSource()
                        .addValue("recordId", recordId)
                        .addValue("by", by)
                        .addValue("at", DbTime.of(at)));
    }

    /** Decides a waiting correction; false when it no longer waits (another operator was first). */
    boolean decide(UUID id, Correction.Status status, String by, Instant at) {
        return jdbc.update(
                        SQL_DECIDE,
                        new MapSqlParameterSource()
                                .addValue("id", id)
                                .addValue("status", status.name())
                                .addValue("by", by)
                                .addValue("at", DbTime.of(at)))
                == 1;
    }

    Optional<Correction> proposed(UUID recordId) {
        return Optional.ofNullable(proposed(List.of(recordId)).get(recordId));
    }

    /** The waiting correction of each record that has one. */
    Map<UUID, Correction> proposed(Collection<UUID> recordIds) {
        Map<UUID, Correction> found = new HashMap<>();
        if (!recordIds.isEmpty()) {
            jdbc.query(SQL_PROPOSED, new MapSqlParameterSource("ids", List.copyOf(recordIds)), rs -> {
                Correction c = row(rs);
                found.put(c.recordId(), c);
            });
        }
        return found;
    }

    private static Correction row(ResultSet rs) throws SQLException {
        return new Correction(
                rs.getObject("id", UUID.class),
                rs.getObject("record_id", UUID.class),
                rs.getLong("base_version"),
                rs.getLong("version"),
                rs.getString("envelope"),
                rs.getString("reason"),
                rs.getString("proposed_by"),
                DbTime.read(rs, "proposed_at"),
                Correction.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                DbTime.read(rs, "decided_at"));
    }
}
