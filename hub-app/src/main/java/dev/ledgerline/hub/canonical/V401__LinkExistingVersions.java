package dev.ledgerline.hub.canonical;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Fills {@code canonical_link} for the versions a ledger stored before the table existed (ingest
 * writes the links of every later version itself). The name is Flyway's: version 401.
 */
@Component
public class V401__LinkExistingVersions extends BaseJavaMigration {

    private static final String SQL_VERSIONS = """
            SELECT r.source, r.record_type, r.external_id, v.record_id, v.version, v.payload, v.deleted, v.entity,
                   v.occurred_at, v.received_at
              FROM ledger_record r
              JOIN ledger_record_version v ON v.record_id = r.id
             WHERE r.record_type <> 'invoice'
            """;

    private static final String SQL_INSERT =
            "INSERT INTO canonical_link (record_id, version, link_key) VALUES (?, ?, ?)";

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (PreparedStatement select = c.prepareStatement(SQL_VERSIONS);
                PreparedStatement insert = c.prepareStatement(SQL_INSERT);
                ResultSet rs = select.executeQuery()) {
            int pending = 0;
            while (rs.next()) {
                StoredVersion v = row(rs);
                for (RecordKey target :
                        CanonicalLinkRepository.links(VersionReader.read(v).data())) {
                    insert.setObject(1, v.recordId());
                    insert.setLong(2, v.version());
                    insert.setString(3, target.toString());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static StoredVersion row(ResultSet rs) throws SQLException {
        OffsetDateTime occurred = rs.getObject("occurred_at", OffsetDateTime.class);
        return new StoredVersion(
                rs.getObject("record_id", UUID.class),
                RecordKey.of(
                        rs.getString("source"),
                        RecordType.fromWire(rs.getString("record_type")).orElseThrow(),
                        rs.getString("external_id")),
                rs.getLong("version"),
                rs.getString("payload"),
                rs.getBoolean("deleted"),
                rs.getString("entity"),
                occurred == null ? null : occurred.toInstant(),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
