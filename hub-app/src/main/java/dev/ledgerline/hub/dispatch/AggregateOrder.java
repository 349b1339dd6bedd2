package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.ledger.DbTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The last word on per-aggregate order, read after the candidates were chosen (a fresh statement, so
 * it sees claims committed meanwhile): a candidate is dropped when a record of its aggregate outside
 * this claim is in flight, or waits (pending or retrying) while older than it. Records of one
 * aggregate claimed together are delivered in age order.
 */
final class AggregateOrder {

    /** The oldest active sibling outside the claim per aggregate; '' (before every id) when one is in flight. */
    private static final String SQL_FIRST_OTHER = """
            SELECT aggregate_key,
                   MIN(CASE WHEN state = 'IN_FLIGHT' OR lease_expires_at > :now THEN ''
                            ELSE CAST(id AS VARCHAR(36)) END) AS first_other
              FROM ledger_record
             WHERE aggregate_key IN (:aggregates)
               AND state IN ('PENDING', 'RETRY_WAIT', 'IN_FLIGHT')
               AND record_type IN (:types)
               AND id NOT IN (:mine)
             GROUP BY aggregate_key
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AggregateOrder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ClaimedRecord> keep(List<ClaimedRecord> candidates, Collection<RecordType> types, Instant now) {
        List<String> aggregates = candidates.stream()
                .map(ClaimedRecord::aggregate)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (aggregates.isEmpty()) {
            return candidates;
        }
        Map<String, String> firstOther = new HashMap<>();
        jdbc.query(
                SQL_FIRST_OTHER,
                new MapSqlParameterSource()
                        .addValue("now", DbTime.of(now))
                        .addValue("aggregates", aggregates)
                        .addValue(
                                "types",
                                types.stream().map(RecordType::wireName).toList())
                        .addValue(
                                "mine",
                                candidates.stream().map(c -> c.item().id()).toList()),
                rs -> {
                    firstOther.put(rs.getString("aggregate_key"), rs.getString("first_other"));
                });
        List<ClaimedRecord> kept = new ArrayList<>(candidates.size());
        for (ClaimedRecord c : candidates) {
            String first = c.aggregate() == null ? null : firstOther.get(c.aggregate());
            if (first == null || first.compareTo(c.item().id().toString()) > 0) {
                kept.add(c);
            }
        }
        return kept;
    }
}
