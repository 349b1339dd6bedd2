package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import dev.ledgerline.hub.ledger.DbTime;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's versions read back as typed canonical records: the current version of a record (a
 * tombstone included, so its absence can be told from a deletion) or every version of a key. The
 * stored payload is the canonical {@code data}; the envelope around it is rebuilt from the version's
 * own columns, so defaults that depend on {@code occurredAt} come out as they did at ingest.
 */
@Component
class StoredVersions {

    private static final Logger log = LoggerFactory.getLogger(StoredVersions.class);

    private static final String COLUMNS = """
            r.id, r.source, r.record_type, r.external_id, v.version, v.payload, v.deleted, v.entity,
            v.occurred_at, v.received_at
            """;

    private static final String SQL_CURRENT_BY_ID = "SELECT " + COLUMNS + """
              FROM ledger_record r
              JOIN ledger_record_version v ON v.record_id = r.id AND v.version = r.version
             WHERE r.id IN (:ids)
            """;

    private static final String SQL_CURRENT_BY_KEY = "SELECT " + COLUMNS + """
              FROM ledger_record r
              JOIN ledger_record_version v ON v.record_id = r.id AND v.version = r.version
             WHERE r.source = :source AND r.record_type = :type AND r.external_id IN (:ids)
            """;

    private static final String SQL_ALL_BY_KEY = "SELECT " + COLUMNS + """
              FROM ledger_record r
              JOIN ledger_record_version v ON v.record_id = r.id
             WHERE r.source = :source AND r.record_type = :type AND r.external_id IN (:ids)
             ORDER BY v.version
            """;

    private static final String SQL_IDS_OF_TYPE = """
            SELECT id FROM ledger_record WHERE record_type = :type AND version IS NOT NULL ORDER BY id
            """;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private final CanonicalReader reader = new CanonicalReader();
    private final NamedParameterJdbcTemplate jdbc;

    StoredVersions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A version with the ledger row it belongs to. */
    record Stored(UUID recordId, RecordVersion<CanonicalRecord> version) {}

    /**
     * The current version of each of the records {@code ids}, tombstones included; those the batch
     * already holds typed are taken from it instead of being read back.
     */
    Map<UUID, Stored> currentById(Collection<UUID> ids, FactDeriver.Batch batch) {
        Map<UUID, Stored> found = new LinkedHashMap<>();
        List<UUID> unread = new ArrayList<>();
        for (UUID id : ids) {
            RecordVersion<CanonicalRecord> known = batch.read.get(id);
            if (known != null) {
                found.put(id, new Stored(id, known));
            } else {
                unread.add(id);
            }
        }
        for (List<UUID> chunk : Chunks.of(unread)) {
            jdbc.query(SQL_CURRENT_BY_ID, new MapSqlParameterSource("ids", chunk), rs -> {
                read(rs).ifPresent(s -> found.put(s.recordId(), s));
            });
        }
        return found;
    }

    /** The current version of each of the records {@code ids}, tombstones included. */
    Map<UUID, Stored> currentById(Collection<UUID> ids) {
        return currentById(ids, FactDeriver.Batch.none());
    }

    /** The current version of each of {@code keys} the ledger has, tombstones included. */
    List<RecordVersion<CanonicalRecord>> currentByKey(Collection<RecordKey> keys) {
        List<RecordVersion<CanonicalRecord>> found = new ArrayList<>();
        byKeys(SQL_CURRENT_BY_KEY, keys, s -> found.add(s.version()));
        return found;
    }

    /** Every accepted version of each of {@code keys}, in version order. */
    List<RecordVersion<CanonicalRecord>> allVersions(Collection<RecordKey> keys) {
        List<RecordVersion<CanonicalRecord>> found = new ArrayList<>();
        byKeys(SQL_ALL_BY_KEY, keys, s -> found.add(s.version()));
        return found;
    }

    /** The ids of every record of {@code type} with an accepted version. */
    List<UUID> idsOf(RecordType type) {
        return jdbc.query(
                SQL_IDS_OF_TYPE,
                new MapSqlParameterSource("type", type.wireName()),
                (rs, n) -> rs.getObject("id", UUID.class));
    }

    private void byKeys(String sql, Collection<RecordKey> keys, Consumer<Stored> sink) {
        Map<String, List<RecordKey>> groups = keys.stream()
                .distinct()
                .collect(Collectors.groupingBy(
                        k -> k.source() + "\u0000" + k.type().wireName(), LinkedHashMap::new, Collectors.toList()));
        for (List<RecordKey> group : groups.values()) {
            RecordKey first = group.getFirst();
            List<String> ids = group.stream().map(RecordKey::externalId).toList();
            for (List<String> chunk : Chunks.of(ids)) {
                MapSqlParameterSource params = new MapSqlParameterSource()
                        .addValue("source", first.source())
                        .addValue("type", first.type().wireName())
                        .addValue("ids", chunk);
                jdbc.query(sql, params, rs -> {
                    read(rs).ifPresent(sink);
                });
            }
        }
    }

    private Optional<Stored> read(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Instant receivedAt = DbTime.read(rs, "received_at");
        Instant occurredAt = DbTime.read(rs, "occurred_at");
        Map<String, Object> envelope = new HashMap<>();
        envelope.put("source", rs.getString("source"));
        envelope.put("type", rs.getString("record_type"));
        envelope.put("externalId", rs.getString("external_id"));
        envelope.put("version", BigInteger.valueOf(rs.getLong("version")));
        envelope.put("occurredAt", (occurredAt != null ? occurredAt : receivedAt).toString());
        if (rs.getString("entity") != null) {
            envelope.put("entity", rs.getString("entity"));
        }
        envelope.put("data", JSON.readValue(rs.getString("payload"), Map.class));
        return switch (reader.read(envelope, receivedAt)) {
            case Reading.Valid v -> Optional.of(new Stored(id, v.record()));
            case Reading.Invalid invalid -> {
                // it was valid when accepted; only a change of the reader's rules can make it unreadable
                log.warn(
                        "stored version {}:{}:{} v{} no longer reads: {}",
                        envelope.get("source"),
                        envelope.get("type"),
                        envelope.get("externalId"),
                        envelope.get("version"),
                        invalid.problems());
                yield Optional.empty();
            }
        };
    }
}
