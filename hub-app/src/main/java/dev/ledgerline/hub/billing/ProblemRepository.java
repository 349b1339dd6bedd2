package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.BillingProblem;
import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.ledger.DbTime;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The SQL of {@code billing_problem}: what the latest computation of each contract and run date could not bill. */
@Repository
class ProblemRepository {

    private static final String SQL_DELETE = """
            DELETE FROM billing_problem WHERE contract_key IN (:contracts) AND run_date = :runDate
            """;

    private static final String SQL_INSERT = """
            INSERT INTO billing_problem (contract_key, run_date, run_id, proposal_id, code, ref, message, raised_at)
            VALUES (:contract, :runDate, :runId, :proposalId, :code, :ref, :message, :at)
            """;

    /** Each contract's problems of its latest run date. */
    private static final String SQL_OPEN = """
            SELECT b.* FROM billing_problem b
             WHERE (:code IS NULL OR b.code = :code)
               AND b.run_date = (SELECT MAX(x.run_date) FROM billing_problem x WHERE x.contract_key = b.contract_key)
             ORDER BY b.contract_key, b.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ProblemRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the problems of {@code contracts} on {@code runDate}; {@code proposalOf} names a problem's proposal. */
    void replace(
            Collection<RecordKey> contracts,
            LocalDate runDate,
            String runId,
            List<BillingProblem> problems,
            Map<BillingProblem, String> proposalOf,
            Instant now) {
        List<String> keys = contracts.stream().map(RecordKey::toString).toList();
        if (!keys.isEmpty()) {
            jdbc.update(
                    SQL_DELETE,
                    new MapSqlParameterSource().addValue("contracts", keys).addValue("runDate", runDate));
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        for (BillingProblem p : problems) {
            rows.add(new MapSqlParameterSource()
                    .addValue(
                            "contract", StoredProposal.contractKey(p.contract()).toString())
                    .addValue("runDate", runDate)
                    .addValue("runId", runId)
                    .addValue("proposalId", proposalOf.get(p))
                    .addValue("code", p.code().name())
                    .addValue("ref", p.ref())
                    .addValue(
                            "message",
                            p.message().length() <= 4000
                                    ? p.message()
                                    : p.message().substring(0, 4000))
                    .addValue("at", DbTime.of(now)));
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(SQL_INSERT, rows.toArray(SqlParameterSource[]::new));
        }
    }

    List<OpenProblem> open(ProblemCode code) {
        return jdbc.query(
                SQL_OPEN,
                new MapSqlParameterSource().addValue("code", code == null ? null : code.name(), Types.VARCHAR),
                (rs, n) -> new OpenProblem(
                        ProblemCode.valueOf(rs.getString("code")),
                        RecordKey.parse(rs.getString("contract_key")),
                        rs.getObject("run_date", LocalDate.class),
                        rs.getString("run_id"),
                        rs.getString("proposal_id"),
                        rs.getString("ref"),
                        rs.getString("message"),
                        DbTime.read(rs, "raised_at")));
    }
}
