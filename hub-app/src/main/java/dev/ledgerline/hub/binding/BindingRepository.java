package dev.ledgerline.hub.binding;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.ledger.DbTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The SQL of {@code binding}: which Odoo record stands for which ledger record, per target. */
@Repository
public class BindingRepository {

    private static final String SQL_BY_RECORDS = """
            SELECT record_id, odoo_id FROM binding
             WHERE target = :target AND odoo_model = :model AND record_id IN (:ids)
            """;

    private static final String SQL_BY_EXTERNAL_IDS = """
            SELECT r.id, r.source, r.record_type, r.external_id, b.odoo_model, b.odoo_id
              FROM ledger_record r
              LEFT JOIN binding b ON b.record_id = r.id AND b.target = :target
             WHERE r.external_id IN (:externalIds)
            """;

    // two statements, not one with OR: each is a lookup in one of the table's unique indexes
    private static final String SQL_DELETE_BY_RECORD = """
            DELETE FROM binding WHERE target = :target AND record_id = :recordId AND odoo_model = :model
            """;

    private static final String SQL_DELETE_BY_ODOO_ID = """
            DELETE FROM binding WHERE target = :target AND odoo_model = :model AND odoo_id = :odooId
            """;

    private static final String SQL_INSERT = """
            INSERT INTO binding (target, odoo_model, odoo_id, record_id, created_at)
            VALUES (:target, :model, :odooId, :recordId, :at)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public BindingRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The Odoo ids of records in {@code model} of a target, by record id. */
    public Map<UUID, Long> find(String target, String model, Collection<UUID> recordIds) {
        Map<UUID, Long> found = new HashMap<>();
        for (List<UUID> chunk : chunks(List.copyOf(recordIds))) {
            jdbc.query(
                    SQL_BY_RECORDS,
                    new MapSqlParameterSource()
                            .addValue("target", target)
                            .addValue("model", model)
                            .addValue("ids", chunk),
                    rs -> {
                        found.put(rs.getObject("record_id", UUID.class), rs.getLong("odoo_id"));
                    });
        }
        return found;
    }

    /** The ledger ids and bindings of keys, as far as the ledger has them (e.g. a record's parents). */
    public Map<RecordKey, Bound> findByKeys(String target, Collection<RecordKey> keys) {
        Set<RecordKey> wanted = new HashSet<>(keys);
        Map<RecordKey, Bound> found = new HashMap<>();
        List<String> externalIds =
                keys.stream().map(RecordKey::externalId).distinct().toList();
        for (List<String> chunk : chunks(externalIds)) {
            jdbc.query(
                    SQL_BY_EXTERNAL_IDS,
                    new MapSqlParameterSource().addValue("target", target).addValue("externalIds", chunk),
                    rs -> {
                        RecordType type =
                                RecordType.fromWire(rs.getString("record_type")).orElse(null);
                        if (type == null) {
                            return;
                        }
                        RecordKey key = RecordKey.of(rs.getString("source"), type, rs.getString("external_id"));
                        if (!wanted.contains(key)) {
                            return;
                        }
                        UUID recordId = rs.getObject("id", UUID.class);
                        Bound bound = found.computeIfAbsent(key, k -> new Bound(recordId, new HashMap<>()));
                        String model = rs.getString("odoo_model");
                        if (model != null) {
                            bound.odooIds().put(model, rs.getLong("odoo_id"));
                        }
                    });
        }
        return found;
    }

    /**
     * Records each binding, replacing whatever bound the same record, or the same Odoo record, in the
     * same target and model before.
     */
    public void bind(List<Binding> bindings, Instant at) {
        if (bindings.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = bindings.stream()
                .map(b -> new MapSqlParameterSource()
                        .addValue("target", b.target())
                        .addValue("model", b.model())
                        .addValue("odooId", b.odooId())
                        .addValue("recordId", b.recordId())
                        .addValue("at", DbTime.of(at)))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(SQL_DELETE_BY_RECORD, rows);
        jdbc.batchUpdate(SQL_DELETE_BY_ODOO_ID, rows);
        jdbc.batchUpdate(SQL_INSERT, rows);
    }

    /** A ledger record and its Odoo ids in one target, by model (empty when not bound). */
    public record Bound(UUID recordId, Map<String, Long> odooIds) {}

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 1000) {
            chunks.add(values.subList(i, Math.min(values.size(), i + 1000)));
        }
        return chunks;
    }
}
