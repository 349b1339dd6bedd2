package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.DeliveryState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of ledger records and their versions (states are written by {@link StateWriter} only). */
@Repository
public class LedgerRepository {

    private static final String SQL_LOCK_BY_KEYS = """
            SELECT id, source, record_type, external_id, version, content_hash, state
              FROM ledger_record
             WHERE source = :source AND record_type = :type AND external_id IN (:ids)
             ORDER BY external_id
               FOR UPDATE
            """;

    private static final String SQL_ACCEPTED_KEYS = """
            SELECT external_id
              FROM ledger_record
             WHERE source = :source AND record_type = :type AND external_id IN (:ids) AND version IS NOT NULL
            """;

    private static final String SQL_CURRENT_PAYLOAD = """
            SELECT payload
              FROM ledger_record
             WHERE source = :source AND record_type = :type AND external_id = :externalId AND version IS NOT NULL
            """;

    private static final String SQL_LIVE_PAYLOAD = SQL_CURRENT_PAYLOAD + " AND deleted = FALSE";

    private static final String SQL_CURRENT_PAYLOADS = """
            SELECT external_id, payload
              FROM ledger_record
             WHERE source = :source AND record_type = :type AND external_id IN (:ids) AND version IS NOT NULL
            """;

    private static final String SQL_INSERT_VERSION = """
            INSERT INTO ledger_record_version (record_id, version, payload, content_hash, deleted, entity,
                occurred_at, received_at)
            VALUES (:id, :version, :payload, :contentHash, :deleted, :entity, :occurredAt, :receivedAt)
            """;

    private static final String SQL_UPDATE_CONTENT = """
            UPDATE ledger_record
               SET version = :version, payload = :payload, content_hash = :contentHash, deleted = :deleted,
                   entity = :entity, occurred_at = :occurredAt, aggregate_key = :aggregateKey,
                   dependency = :dependency, priority = :priority, updated_at = :receivedAt,
                   accepted_at = :receivedAt
             WHERE id = :id
            """;

    private static final String SQL_LOCK_STATES = """
            SELECT id, state FROM ledger_record WHERE id IN (:ids) ORDER BY id FOR UPDATE
            """;

    private static final String SQL_CLEAR_DEPENDENCY = """
            UPDATE ledger_record SET dependency = NULL WHERE id IN (:ids)
            """;

    private static final String SQL_BACKLOG = """
            SELECT COUNT(*) FROM ledger_record WHERE state IN ('PENDING', 'PENDING_DEPENDENCY', 'IN_FLIGHT', 'RETRY_WAIT')
            """;

    private static final String SQL_BACKLOG_COUNTS = """
            SELECT state, record_type, entity, exception_category, COUNT(*) AS n, MIN(accepted_at) AS oldest
              FROM ledger_record
             WHERE state IN ('PENDING', 'PENDING_DEPENDENCY', 'IN_FLIGHT', 'RETRY_WAIT', 'EXCEPTION')
             GROUP BY state, record_type, entity, exception_category
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;

    public LedgerRepository(NamedParameterJdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /**
     * The stored rows of {@code keys}, locked for the rest of the transaction (in key order, so two
     * batches with the same keys wait for each other instead of deadlocking).
     */
    public Map<RecordKey, StoredRecord> lockByKeys(Collection<RecordKey> keys) {
        Map<RecordKey, StoredRecord> found = new HashMap<>();
        for (Map.Entry<SourceAndType, List<String>> group : group(keys).entrySet()) {
            for (List<String> chunk : chunks(group.getValue())) {
                jdbc.query(SQL_LOCK_BY_KEYS, params(group.getKey(), chunk), rs -> {
                    RecordKey key = RecordKey.of(
                            rs.getString("source"),
                            RecordType.fromWire(rs.getString("record_type")).orElseThrow(),
                            rs.getString("external_id"));
                    found.put(
                            key,
                            new StoredRecord(
                                    rs.getObject("id", UUID.class),
                                    key,
                                    rs.getObject("version", Long.class),
                                    rs.getString("content_hash"),
                                    DeliveryState.valueOf(rs.getString("state"))));
                });
            }
        }
        return found;
    }

    /** Which of {@code keys} have an accepted version. */
    public Set<RecordKey> acceptedKeys(Collection<RecordKey> keys) {
        Set<RecordKey> found = new HashSet<>();
        for (Map.Entry<SourceAndType, List<String>> group : group(keys).entrySet()) {
            SourceAndType st = group.getKey();
            for (List<String> chunk : chunks(group.getValue())) {
                jdbc.query(SQL_ACCEPTED_KEYS, params(st, chunk), rs -> {
                    found.add(RecordKey.of(st.source(), st.type(), rs.getString("external_id")));
                });
            }
        }
        return found;
    }

    /** The canonical JSON of the newest accepted version's data. */
    public Optional<String> currentPayload(RecordKey key) {
        return client.sql(SQL_CURRENT_PAYLOAD)
                .param("source", key.source())
                .param("type", key.type().wireName())
                .param("externalId", key.externalId())
                .query(String.class)
                .optional();
    }

    /** Like {@link #currentPayload}, but empty when the newest accepted version is a deletion. */
    public Optional<String> livePayload(RecordKey key) {
        return client.sql(SQL_LIVE_PAYLOAD)
                .param("source", key.source())
                .param("type", key.type().wireName())
                .param("externalId", key.externalId())
                .query(String.class)
                .optional();
    }

    /** The canonical JSON of the newest accepted version's data, for those of {@code keys} that have one. */
    public Map<RecordKey, String> currentPayloads(Collection<RecordKey> keys) {
        Map<RecordKey, String> found = new HashMap<>();
        for (Map.Entry<SourceAndType, List<String>> group : group(keys).entrySet()) {
            SourceAndType st = group.getKey();
            for (List<String> chunk : chunks(group.getValue())) {
                jdbc.query(SQL_CURRENT_PAYLOADS, params(st, chunk), rs -> {
                    found.put(
                            RecordKey.of(st.source(), st.type(), rs.getString("external_id")), rs.getString("payload"));
                });
            }
        }
        return found;
    }

    /** Keeps an accepted version for good. */
    public void insertVersions(List<Map.Entry<UUID, RecordContent>> versions) {
        if (versions.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                SQL_INSERT_VERSION,
                versions.stream()
                        .map(v -> contentParams(v.getKey(), v.getValue()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Makes a newer accepted version the record's current content. */
    public void updateContent(List<Map.Entry<UUID, RecordContent>> versions) {
        if (versions.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                SQL_UPDATE_CONTENT,
                versions.stream()
                        .map(v -> contentParams(v.getKey(), v.getValue()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** The states of records, locked for the rest of the transaction. */
    public Map<UUID, DeliveryState> lockStates(Collection<UUID> ids) {
        Map<UUID, DeliveryState> states = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(SQL_LOCK_STATES, new MapSqlParameterSource("ids", List.copyOf(ids)), rs -> {
                states.put(rs.getObject("id", UUID.class), DeliveryState.valueOf(rs.getString("state")));
            });
        }
        return states;
    }

    /** Records released from waiting name no missing parent any more. */
    public void clearDependency(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update(SQL_CLEAR_DEPENDENCY, new MapSqlParameterSource("ids", List.copyOf(ids)));
        }
    }

    /** Records that still wait for delivery: what ingest backpressure compares with its limit. */
    public long backlog() {
        return client.sql(SQL_BACKLOG).query(Long.class).single();
    }

    /**
     * Records not finished, by state, type, entity and exception category, with the acceptance time of
     * the oldest: what the backlog gauges show.
     */
    public List<BacklogCount> backlogCounts() {
        return client.sql(SQL_BACKLOG_COUNTS)
                .query((rs, n) -> new BacklogCount(
                        DeliveryState.valueOf(rs.getString("state")),
                        RecordType.fromWire(rs.getString("record_type")).orElse(null),
                        rs.getString("entity"),
                        rs.getString("exception_category"),
                        rs.getLong("n"),
                        DbTime.read(rs, "oldest")))
                .list();
    }

    /** One group of unfinished records; {@code oldest} is null when none has an acceptance time. */
    public record BacklogCount(
            DeliveryState state, RecordType type, String entity, String category, long count, Instant oldest) {}

    private static MapSqlParameterSource contentParams(UUID id, RecordContent c) {
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("version", c.version())
                .addValue("payload", c.payload())
                .addValue("contentHash", c.contentHash())
                .addValue("deleted", c.deleted())
                .addValue("entity", c.entity())
                .addValue("occurredAt", DbTime.of(c.occurredAt()))
                .addValue("receivedAt", DbTime.of(c.receivedAt()))
                .addValue(
                        "aggregateKey",
                        c.aggregate() == null ? null : c.aggregate().toString())
                .addValue(
                        "dependency",
                        c.dependency() == null ? null : c.dependency().toString())
                .addValue("priority", c.priority());
    }

    private static MapSqlParameterSource params(SourceAndType st, List<String> ids) {
        return new MapSqlParameterSource()
                .addValue("source", st.source())
                .addValue("type", st.type().wireName())
                .addValue("ids", ids);
    }

    private record SourceAndType(String source, RecordType type) {}

    private static Map<SourceAndType, List<String>> group(Collection<RecordKey> keys) {
        return keys.stream()
                .distinct()
                .collect(Collectors.groupingBy(
                        k -> new SourceAndType(k.source(), k.type()),
                        LinkedHashMap::new,
                        Collectors.mapping(RecordKey::externalId, Collectors.toList())));
    }

    /** IN lists of at most 1,000 values: small enough for every driver, large enough to be few. */
    private static List<List<String>> chunks(List<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += 1000) {
            chunks.add(sorted.subList(i, Math.min(sorted.size(), i + 1000)));
        }
        return chunks;
    }
}
