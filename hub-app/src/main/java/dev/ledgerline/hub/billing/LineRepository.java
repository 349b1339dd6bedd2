package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The SQL of what a proposal bills: its lines, their sources, and the records it lists as left out. */
@Repository
class LineRepository {

    private static final String SQL_INSERT_LINE = """
            INSERT INTO billing_line (proposal_id, line_id, seq, contract_ref, kind, description, quantity,
                unit_price, amount, tax_code, tax_id, tax_rate, estimated_tax, refers_to, refers_to_proposal,
                project_ref, item, reason, rounding_difference)
            VALUES (:proposalId, :lineId, :seq, :contract, :kind, :description, :quantity, :unitPrice, :amount,
                :taxCode, :taxId, :taxRate, :estimatedTax, :refersTo, :refersToProposal, :project, :item, :reason,
                :roundingDifference)
            """;

    private static final String SQL_INSERT_SOURCE = """
            INSERT INTO billing_line_source (proposal_id, line_id, seq, ref, version, recorded_hours, billable_hours,
                amount)
            VALUES (:proposalId, :lineId, :seq, :ref, :version, :recordedHours, :billableHours, :amount)
            """;

    private static final String SQL_INSERT_EXCLUSION = """
            INSERT INTO billing_exclusion (proposal_id, seq, ref, reason) VALUES (:proposalId, :seq, :ref, :reason)
            """;

    private static final String SQL_LINES = """
            SELECT * FROM billing_line WHERE proposal_id IN (:ids) ORDER BY proposal_id, seq
            """;

    private static final String SQL_SOURCES = """
            SELECT * FROM billing_line_source WHERE proposal_id IN (:ids) ORDER BY proposal_id, line_id, seq
            """;

    private static final String SQL_EXCLUSIONS = """
            SELECT * FROM billing_exclusion WHERE proposal_id IN (:ids) ORDER BY proposal_id, seq
            """;

    private final NamedParameterJdbcTemplate jdbc;

    LineRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String proposalId, List<ProposalLine> lines, List<Exclusion> excluded) {
        List<SqlParameterSource> lineRows = new ArrayList<>();
        List<SqlParameterSource> sourceRows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ProposalLine l = lines.get(i);
            lineRows.add(new MapSqlParameterSource()
                    .addValue("proposalId", proposalId)
                    .addValue("lineId", l.lineId())
                    .addValue("seq", i)
                    .addValue("contract", l.contract().toString())
                    .addValue("kind", l.kind().wireName())
                    .addValue("description", l.description())
                    .addValue("quantity", l.quantity())
                    .addValue("unitPrice", l.unitPrice())
                    .addValue("amount", l.amount())
                    .addValue("taxCode", l.taxCode())
                    .addValue("taxId", l.taxId())
                    .addValue("taxRate", l.taxRate())
                    .addValue("estimatedTax", l.estimatedTax())
                    .addValue("refersTo", l.refersTo())
                    .addValue("refersToProposal", l.refersToProposal())
                    .addValue(
                            "project", l.project() == null ? null : l.project().toString())
                    .addValue("item", l.item())
                    .addValue("reason", l.reason())
                    .addValue("roundingDifference", l.roundingDifference()));
            for (int j = 0; j < l.sources().size(); j++) {
                LineSource s = l.sources().get(j);
                sourceRows.add(new MapSqlParameterSource()
                        .addValue("proposalId", proposalId)
                        .addValue("lineId", l.lineId())
                        .addValue("seq", j)
                        .addValue("ref", s.ref().toString())
                        .addValue("version", s.version())
                        .addValue("recordedHours", s.recordedHours())
                        .addValue("billableHours", s.billableHours())
                        .addValue("amount", s.amount()));
            }
        }
        List<SqlParameterSource> exclusionRows = new ArrayList<>();
        for (int i = 0; i < excluded.size(); i++) {
            exclusionRows.add(new MapSqlParameterSource()
                    .addValue("proposalId", proposalId)
                    .addValue("seq", i)
                    .addValue("ref", excluded.get(i).ref().toString())
                    .addValue("reason", excluded.get(i).reason()));
        }
        batch(SQL_INSERT_LINE, lineRows);
        batch(SQL_INSERT_SOURCE, sourceRows);
        batch(SQL_INSERT_EXCLUSION, exclusionRows);
    }

    void delete(String proposalId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", proposalId);
        jdbc.update("DELETE FROM billing_line_source WHERE proposal_id = :id", id);
        jdbc.update("DELETE FROM billing_line WHERE proposal_id = :id", id);
        jdbc.update("DELETE FROM billing_exclusion WHERE proposal_id = :id", id);
    }

    /** The lines of each proposal, in order. */
    Map<String, List<ProposalLine>> lines(Collection<String> proposalIds) {
        Map<String, List<ProposalLine>> result = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return result;
        }
        Map<String, List<LineSource>> sources = new HashMap<>();
        jdbc.query(SQL_SOURCES, ids(proposalIds), rs -> {
            sources.computeIfAbsent(rs.getString("proposal_id") + "/" + rs.getString("line_id"), k -> new ArrayList<>())
                    .add(new LineSource(
                            RecordKey.parse(rs.getString("ref")),
                            rs.getLong("version"),
                            exact(rs.getBigDecimal("recorded_hours")),
                            exact(rs.getBigDecimal("billable_hours")),
                            rs.getBigDecimal("amount")));
        });
        jdbc.query(SQL_LINES, ids(proposalIds), rs -> {
            String proposal = rs.getString("proposal_id");
            result.computeIfAbsent(proposal, k -> new ArrayList<>())
                    .add(line(rs, sources.getOrDefault(proposal + "/" + rs.getString("line_id"), List.of())));
        });
        return result;
    }

    Map<String, List<Exclusion>> exclusions(Collection<String> proposalIds) {
        Map<String, List<Exclusion>> result = new LinkedHashMap<>();
        if (!proposalIds.isEmpty()) {
            jdbc.query(SQL_EXCLUSIONS, ids(proposalIds), rs -> {
                result.computeIfAbsent(rs.getString("proposal_id"), k -> new ArrayList<>())
                        .add(new Exclusion(RecordKey.parse(rs.getString("ref")), rs.getString("reason")));
            });
        }
        return result;
    }

    private static ProposalLine line(ResultSet rs, List<LineSource> sources) throws SQLException {
        String project = rs.getString("project_ref");
        long rawTaxId = rs.getLong("tax_id");
        Long taxId = rs.wasNull() ? null : rawTaxId;
        return new ProposalLine(
                rs.getString("line_id"),
                ref(rs.getString("contract_ref")),
                LineKind.fromWire(rs.getString("kind")).orElseThrow(),
                rs.getString("description"),
                exact(rs.getBigDecimal("quantity")),
                exact(rs.getBigDecimal("unit_price")),
                rs.getBigDecimal("amount"),
                rs.getString("tax_code"),
                taxId,
                exact(rs.getBigDecimal("tax_rate")),
                rs.getBigDecimal("estimated_tax"),
                rs.getString("refers_to"),
                rs.getString("refers_to_proposal"),
                project == null ? null : ref(project),
                rs.getString("item"),
                rs.getString("reason"),
                rs.getBigDecimal("rounding_difference"),
                sources);
    }

    /** A {@code source:externalId} reference as written by {@link Ref#toString()}. */
    static Ref ref(String text) {
        int colon = text.indexOf(':');
        return new Ref(text.substring(0, colon), text.substring(colon + 1));
    }

    /** A stored quantity, price or rate without the column's padding zeros (never in exponent form). */
    static BigDecimal exact(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static MapSqlParameterSource ids(Collection<String> ids) {
        return new MapSqlParameterSource("ids", List.copyOf(ids));
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }
}
