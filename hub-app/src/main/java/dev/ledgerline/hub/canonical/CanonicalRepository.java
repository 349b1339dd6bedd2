package dev.ledgerline.hub.canonical;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.ledger.DbTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of the read side: versions of ledger records held at an instant, by key, type or link. */
@Repository
class CanonicalRepository {

    private static final String COLUMNS = """
            SELECT r.id, r.source, r.record_type, r.external_id, v.version, v.payload, v.deleted, v.entity,
                   v.occurred_at, v.received_at
              FROM ledger_record r
              JOIN ledger_record_version v ON v.record_id = r.id
            """;

    private static final String SQL_BY_KEYS = COLUMNS + """
             WHERE r.source = :source AND r.record_type = :type AND r.external_id IN (:ids)
               AND v.received_at <= :asOf
             ORDER BY r.external_id, v.version
            """;

    private static final String SQL_BY_TYPE = COLUMNS + """
             WHERE r.record_type = :type AND v.received_at <= :asOf
             ORDER BY r.source, r.external_id, v.version
            """;

    private static final String SQL_REFERRING = COLUMNS + """
             WHERE r.id IN (SELECT l.record_id FROM canonical_link l WHERE l.link_key IN (:links))
               AND r.record_type IN (:types)
               AND v.received_at <= :asOf
             ORDER BY r.record_type, r.source, r.external_id, v.version
            """;

    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    CanonicalRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredVersion> byKeys(Collection<RecordKey> keys, Instant asOf) {
        List<StoredVersion> found = new ArrayList<>();
        Map<String, List<String>> groups = keys.stream()
                .distinct()
                .collect(Collectors.groupingBy(
                        k -> k.source() + "\u0000" + k.type().wireName(),
                        LinkedHashMap::new,
                        Collectors.mapping(RecordKey::externalId, Collectors.toList())));
        groups.forEach((group, ids) -> {
            String[] parts = group.split("\u0000", 2);
            for (List<String> chunk : chunks(ids)) {
                MapSqlParameterSource params = new MapSqlParameterSource()
                        .addValue("source", parts[0])
                        .addValue("type", parts[1])
                        .addValue("ids", chunk)
                        .addValue("asOf", DbTime.of(asOf));
                jdbc.query(SQL_BY_KEYS, params, rs -> {
                    found.add(row(rs));
                });
            }
        });
        return found;
    }

    void byType(RecordType type, Instant asOf, Consumer<StoredVersion> each) {
        MapSqlParameterSource params =
                new MapSqlParameterSource().addValue("type", type.wireName()).addValue("asOf", DbTime.of(asOf));
        jdbc.query(SQL_BY_TYPE, params, rs -> {
            each.accept(row(rs));
        });
    }

    List<StoredVersion> referringTo(Collection<RecordKey> targets, Collection<RecordType> types, Instant asOf) {
        List<StoredVersion> found = new ArrayList<>();
        if (targets.isEmpty() || types.isEmpty()) {
            return found;
        }
        List<String> typeNames = types.stream().map(RecordType::wireName).toList();
        List<String> links =
                targets.stream().map(RecordKey::toString).distinct().toList();
        for (List<String> chunk : chunks(links)) {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("links", chunk)
                    .addValue("types", typeNames)
                    .addValue("asOf", DbTime.of(asOf));
            jdbc.query(SQL_REFERRING, params, rs -> {
                found.add(row(rs));
            });
        }
        // a record linked to two targets of different chunks comes twice
        return found.stream().distinct().toList();
    }

    private static StoredVersion row(ResultSet rs) throws SQLException {
        RecordKey key = RecordKey.of(
                rs.getString("source"),
                RecordType.fromWire(rs.getString("record_type")).orElseThrow(),
                rs.getString("external_id"));
        return new StoredVersion(
                rs.getObject("id", UUID.class),
                key,
                rs.getLong("version"),
                rs.getString("payload"),
                rs.getBoolean("deleted"),
                rs.getString("entity"),
                DbTime.read(rs, "occurred_at"),
                DbTime.read(rs, "received_at"));
    }

    private static List<List<String>> chunks(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += CHUNK) {
            chunks.add(sorted.subList(i, Math.min(sorted.size(), i + CHUNK)));
        }
        return chunks;
    }
}
