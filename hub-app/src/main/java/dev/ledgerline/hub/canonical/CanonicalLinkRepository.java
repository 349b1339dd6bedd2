package dev.ledgerline.hub.canonical;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ledger.ParentLink;
import dev.ledgerline.core.ledger.RecordLinks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes {@code canonical_link}: what each accepted version refers to. Ingest calls it in the batch's
 * transaction, after the versions themselves, so the read side never misses a stored version.
 */
@Repository
public class CanonicalLinkRepository {

    private static final String SQL_INSERT = """
            INSERT INTO canonical_link (record_id, version, link_key) VALUES (:recordId, :version, :linkKey)
            """;

    /** One stored version and its typed data. */
    public record LinkedVersion(UUID recordId, long version, CanonicalRecord data) {
        public LinkedVersion {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(data, "data");
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    public CanonicalLinkRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<LinkedVersion> versions) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (LinkedVersion v : versions) {
            for (RecordKey target : links(v.data())) {
                rows.add(new MapSqlParameterSource()
                        .addValue("recordId", v.recordId())
                        .addValue("version", v.version())
                        .addValue("linkKey", target.toString()));
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(SQL_INSERT, rows.toArray(SqlParameterSource[]::new));
        }
    }

    /** The records a version refers to: its parents as the ledger orders delivery by them. */
    static Set<RecordKey> links(CanonicalRecord data) {
        Set<RecordKey> keys = new LinkedHashSet<>();
        RecordLinks.parents(data).stream().map(ParentLink::parent).forEach(keys::add);
        return keys;
    }
}
