package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.hub.ledger.DbTime;
import dev.ledgerline.hub.sync.SyncItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The candidate query both strategies share; each appends its own row limit and locking. A record is
 * a candidate when it is due, not leased, of a delivered type, and no other record of its aggregate is
 * in flight (or leased), or retrying later while older than it.
 */
final class ClaimQuery {

    static final String SQL_CANDIDATES = """
            SELECT r.id, r.source, r.record_type, r.external_id, r.version, r.payload, r.deleted, r.entity,
                   r.occurred_at, r.state, r.attempts, r.lock_version, r.aggregate_key, r.priority,
                   r.accepted_at
              FROM ledger_record r
             WHERE r.state IN ('PENDING', 'RETRY_WAIT')
               AND r.next_attempt_at <= :now
               AND r.record_type IN (:types)
               AND (r.lease_expires_at IS NULL OR r.lease_expires_at <= :now)
               AND NOT EXISTS (
                     SELECT 1 FROM ledger_record o
                      WHERE o.aggregate_key = r.aggregate_key AND o.id <> r.id
                        AND (o.state = 'IN_FLIGHT'
                             OR o.lease_expires_at > :now
                             OR (o.state = 'RETRY_WAIT' AND o.next_attempt_at > :now AND o.id < r.id)))
             ORDER BY r.priority, r.id
            """;

    private ClaimQuery() {}

    static MapSqlParameterSource params(Collection<RecordType> types, int limit, Instant now) {
        return new MapSqlParameterSource()
                .addValue("now", DbTime.of(now))
                .addValue("types", types.stream().map(RecordType::wireName).toList())
                .addValue("limit", limit);
    }

    static ClaimedRecord row(ResultSet rs, int n) throws SQLException {
        RecordKey key = RecordKey.of(
                rs.getString("source"),
                RecordType.fromWire(rs.getString("record_type")).orElseThrow(),
                rs.getString("external_id"));
        SyncItem item = new SyncItem(
                rs.getObject("id", UUID.class),
                key,
                rs.getLong("version"),
                rs.getString("payload"),
                rs.getBoolean("deleted"),
                rs.getString("entity"),
                DbTime.read(rs, "occurred_at"));
        return new ClaimedRecord(
                item,
                DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                rs.getLong("lock_version"),
                rs.getString("aggregate_key"),
                rs.getInt("priority"),
                DbTime.read(rs, "accepted_at"));
    }
}
