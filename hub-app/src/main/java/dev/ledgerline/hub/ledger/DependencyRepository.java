package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The parents each waiting record still misses ({@code PENDING_DEPENDENCY}). */
@Repository
public class DependencyRepository {

    private static final String SQL_DELETE_OF_RECORDS = """
            DELETE FROM ledger_dependency WHERE record_id IN (:ids)
            """;

    private static final String SQL_INSERT = """
            INSERT INTO ledger_dependency (record_id, parent_key) VALUES (:id, :parent)
            """;

    private static final String SQL_WAITING_FOR = """
            SELECT DISTINCT record_id FROM ledger_dependency WHERE parent_key IN (:parents)
            """;

    private static final String SQL_DELETE_PARENTS = """
            DELETE FROM ledger_dependency WHERE parent_key IN (:parents)
            """;

    private static final String SQL_STILL_WAITING = """
            SELECT DISTINCT record_id FROM ledger_dependency WHERE record_id IN (:ids)
            """;

    private static final String SQL_PARENTS_WAITED_FOR = """
            SELECT DISTINCT parent_key FROM ledger_dependency ORDER BY parent_key FETCH FIRST :limit ROWS ONLY
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public DependencyRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A record's missing parents are now {@code missing} (a new version may name other parents). */
    public void replace(Collection<UUID> records, List<Missing> missing) {
        if (!records.isEmpty()) {
            jdbc.update(SQL_DELETE_OF_RECORDS, new MapSqlParameterSource("ids", List.copyOf(records)));
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(
                    SQL_INSERT,
                    missing.stream()
                            .distinct()
                            .map(m -> new MapSqlParameterSource()
                                    .addValue("id", m.record())
                                    .addValue("parent", m.parent().toString()))
                            .toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * Forgets {@code parents} as missing and answers the records that now miss nothing. Those
     * records are released by the caller through {@link StateWriter}.
     */
    public Set<UUID> release(Collection<RecordKey> parents) {
        if (parents.isEmpty()) {
            return Set.of();
        }
        List<String> keys = parents.stream().map(RecordKey::toString).toList();
        MapSqlParameterSource byParents = new MapSqlParameterSource("parents", keys);
        List<UUID> waiting = jdbc.queryForList(SQL_WAITING_FOR, byParents, UUID.class);
        if (waiting.isEmpty()) {
            return Set.of();
        }
        jdbc.update(SQL_DELETE_PARENTS, byParents);
        Set<UUID> released = new HashSet<>(waiting);
        released.removeAll(new ArrayList<>(
                jdbc.queryForList(SQL_STILL_WAITING, new MapSqlParameterSource("ids", waiting), UUID.class)));
        return released;
    }

    /** Parents some record waits for, at most {@code limit}, in key order. */
    public List<RecordKey> parentsWaitedFor(int limit) {
        return jdbc
                .queryForList(SQL_PARENTS_WAITED_FOR, new MapSqlParameterSource("limit", limit), String.class)
                .stream()
                .map(RecordKey::parse)
                .toList();
    }

    /** One parent a record misses. */
    public record Missing(UUID record, RecordKey parent) {}
}
