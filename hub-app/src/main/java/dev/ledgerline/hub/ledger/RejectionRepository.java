package dev.ledgerline.hub.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** Items refused at ingest, kept with their reasons so they can be fixed and sent again. */
@Repository
public class RejectionRepository {

    private static final String SQL_INSERT = """
            INSERT INTO ledger_rejection (record_id, source, record_type, external_id, version, envelope, errors,
                actor, received_at)
            VALUES (:recordId, :source, :type, :externalId, :version, :envelope, :errors, :actor, :receivedAt)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public RejectionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                SQL_INSERT,
                rejections.stream()
                        .map(r -> new MapSqlParameterSource()
                                .addValue("recordId", r.recordId())
                                .addValue("source", clip(r.source(), 64))
                                .addValue("type", clip(r.type(), 32))
                                .addValue("externalId", clip(r.externalId(), 255))
                                .addValue("version", r.version())
                                .addValue("envelope", clip(r.envelope(), 1_000_000))
                                .addValue("errors", clip(r.errorsJson(), 100_000))
                                .addValue("actor", clip(r.actor(), 128))
                                .addValue("receivedAt", DbTime.of(r.receivedAt())))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Values too long for their column are cut: the item was refused anyway, the rest still tells why. */
    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** One refused item; the key parts are whatever the item said, null when absent. */
    public record Rejection(
            UUID recordId,
            String source,
            String type,
            String externalId,
            Long version,
            String envelope,
            String errorsJson,
            String actor,
            Instant receivedAt) {}
}
