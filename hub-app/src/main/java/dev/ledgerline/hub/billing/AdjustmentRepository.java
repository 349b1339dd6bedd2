package dev.ledgerline.hub.billing;

import dev.ledgerline.hub.ledger.DbTime;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of {@code billing_adjustment}: finance's write-downs and write-ups, as asked and as applied. */
@Repository
class AdjustmentRepository {

    private static final String SQL_INSERT = """
            INSERT INTO billing_adjustment (proposal_id, line_id, adjustment_line_id, amount, percent, reason, actor,
                created_at)
            VALUES (:proposalId, :lineId, :adjustmentLineId, :amount, :percent, :reason, :actor, :at)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AdjustmentRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String proposalId,
            String lineId,
            String adjustmentLineId,
            BigDecimal amount,
            BigDecimal percent,
            String reason,
            String actor,
            Instant at) {
        jdbc.update(
                SQL_INSERT,
                new MapSqlParameterSource()
                        .addValue("proposalId", proposalId)
                        .addValue("lineId", lineId)
                        .addValue("adjustmentLineId", adjustmentLineId)
                        .addValue("amount", amount)
                        .addValue("percent", percent)
                        .addValue("reason", reason)
                        .addValue("actor", actor)
                        .addValue("at", DbTime.of(at)));
    }
}
