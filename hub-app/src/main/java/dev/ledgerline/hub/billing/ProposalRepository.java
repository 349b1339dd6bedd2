package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.hub.ledger.DbTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL of proposal headers and the contracts they bill; lines live in {@link LineRepository}.
 * Statuses are written only through {@link ProposalTransitions}.
 */
@Repository
class ProposalRepository {

    private static final String SQL_INSERT = """
            INSERT INTO billing_proposal (id, run_id, run_date, contract_key, customer_ref, entity, currency, kind,
                status, invoice_date, project_ref, untaxed_amount, estimated_tax, total, content_hash, ledger_as_of,
                created_at, updated_at)
            VALUES (:id, :runId, :runDate, :contract, :customer, :entity, :currency, :kind, :status, :invoiceDate,
                :project, :untaxed, :tax, :total, :hash, :asOf, :now, :now)
            """;

    private static final String SQL_UPDATE_CONTENT = """
            UPDATE billing_proposal
               SET run_id = :runId, invoice_date = :invoiceDate, project_ref = :project, untaxed_amount = :untaxed,
                   estimated_tax = :tax, total = :total, content_hash = :hash, ledger_as_of = :asOf,
                   updated_at = :now, lock_version = lock_version + 1
             WHERE id = :id
            """;

    private static final String SQL_INSERT_CONTRACT = """
            INSERT INTO billing_proposal_contract (proposal_id, contract_key) VALUES (:id, :contract)
            """;

    private static final String SQL_SET_STATUS = """
            UPDATE billing_proposal SET status = :to, updated_at = :now, lock_version = lock_version + 1
             WHERE id = :id AND status = :from
            """;

    private static final String SQL_SET_DECISION = """
            UPDATE billing_proposal SET decided_by = :actor, decided_at = :at, decision_reason = :reason WHERE id = :id
            """;

    private static final String SQL_SET_ODOO = """
            UPDATE billing_proposal
               SET odoo_move_id = :moveId, odoo_name = :name, odoo_state = :state, odoo_payment_state = :paymentState,
                   odoo_amount_residual = :residual, updated_at = :now
             WHERE id = :id
            """;

    private static final String HEADER = "SELECT p.* FROM billing_proposal p ";

    private static final String SQL_BY_ID = HEADER + "WHERE p.id = :id";

    private static final String SQL_BY_CONTRACTS = HEADER + """
            WHERE p.id IN (SELECT c.proposal_id FROM billing_proposal_contract c WHERE c.contract_key IN (:contracts))
            ORDER BY p.run_date, p.invoice_date, p.id
            """;

    private static final String SQL_LIST = HEADER + """
            WHERE (:status IS NULL OR p.status = :status)
              AND (:contract IS NULL
                   OR p.id IN (SELECT c.proposal_id FROM billing_proposal_contract c WHERE c.contract_key = :contract))
            ORDER BY p.run_date DESC, p.customer_ref, p.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final LineRepository lines;

    ProposalRepository(NamedParameterJdbcTemplate jdbc, LineRepository lines) {
        this.jdbc = jdbc;
        this.lines = lines;
    }

    void insert(InvoiceProposal p, String runId, Instant asOf, Instant now) {
        jdbc.update(
                SQL_INSERT,
                content(p, runId, asOf, now)
                        .addValue("runDate", p.runDate())
                        .addValue(
                                "contract",
                                p.contract() == null
                                        ? null
                                        : StoredProposal.contractKey(p.contract())
                                                .toString())
                        .addValue("customer", p.customer().toString())
                        .addValue("entity", p.entity())
                        .addValue("currency", p.currency())
                        .addValue("kind", p.kind().name())
                        .addValue("status", p.status().name()));
        for (Ref contract : p.contracts()) {
            jdbc.update(
                    SQL_INSERT_CONTRACT,
                    new MapSqlParameterSource()
                            .addValue("id", p.id())
                            .addValue(
                                    "contract",
                                    StoredProposal.contractKey(contract).toString()));
        }
        lines.insert(p.id(), p.lines(), p.excluded());
    }

    /** What a proposal bills, computed again or adjusted at approval; its status is left alone. */
    void replaceContent(InvoiceProposal p, String runId, Instant asOf, Instant now) {
        jdbc.update(SQL_UPDATE_CONTENT, content(p, runId, asOf, now));
        lines.delete(p.id());
        lines.insert(p.id(), p.lines(), p.excluded());
    }

    /** Moves the status if it still is {@code from}; false when another writer moved it first. */
    boolean setStatus(String id, ProposalStatus from, ProposalStatus to, Instant now) {
        return jdbc.update(
                        SQL_SET_STATUS,
                        new MapSqlParameterSource()
                                .addValue("id", id)
                                .addValue("from", from.name())
                                .addValue("to", to.name())
                                .addValue("now", DbTime.of(now)))
                == 1;
    }

    void setDecision(String id, Decision decision) {
        jdbc.update(
                SQL_SET_DECISION,
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("actor", decision.actor())
                        .addValue("at", DbTime.of(decision.at()))
                        .addValue("reason", decision.reason()));
    }

    void setOdoo(String id, OdooMove move, Instant now) {
        jdbc.update(
                SQL_SET_ODOO,
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("moveId", move.moveId())
                        .addValue("name", move.name())
                        .addValue("state", move.state())
                        .addValue("paymentState", move.paymentState())
                        .addValue("residual", move.amountResidual())
                        .addValue("now", DbTime.of(now)));
    }

    Optional<StoredProposal> find(String id) {
        return load(SQL_BY_ID, new MapSqlParameterSource("id", id)).stream().findFirst();
    }

    /** Every proposal billing any of {@code contracts}, whatever its status, oldest run first. */
    List<StoredProposal> ofContracts(Collection<RecordKey> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        List<String> keys =
                contracts.stream().map(RecordKey::toString).distinct().toList();
        return load(SQL_BY_CONTRACTS, new MapSqlParameterSource("contracts", keys));
    }

    /** Proposals of a status and of a contract (either may be null), newest run first. */
    List<StoredProposal> list(ProposalStatus status, RecordKey contract) {
        return load(
                SQL_LIST,
                new MapSqlParameterSource()
                        .addValue("status", status == null ? null : status.name(), Types.VARCHAR)
                        .addValue("contract", contract == null ? null : contract.toString(), Types.VARCHAR));
    }

    private List<StoredProposal> load(String sql, MapSqlParameterSource params) {
        Map<String, Header> headers = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            Header h = header(rs);
            headers.put(h.id(), h);
        });
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<String, List<ProposalLine>> lineMap = new HashMap<>();
        Map<String, List<Exclusion>> exclusionMap = new HashMap<>();
        Map<String, List<Ref>> contractMap = new HashMap<>();
        List<String> ids = new ArrayList<>(headers.keySet());
        for (int i = 0; i < ids.size(); i += 500) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            lineMap.putAll(lines.lines(chunk));
            exclusionMap.putAll(lines.exclusions(chunk));
            jdbc.query(
                    "SELECT proposal_id, contract_key FROM billing_proposal_contract WHERE proposal_id IN (:ids)"
                            + " ORDER BY proposal_id, contract_key",
                    new MapSqlParameterSource("ids", chunk),
                    rs -> {
                        contractMap
                                .computeIfAbsent(rs.getString("proposal_id"), k -> new ArrayList<>())
                                .add(RecordKey.parse(rs.getString("contract_key"))
                                        .ref());
                    });
        }
        List<StoredProposal> result = new ArrayList<>(headers.size());
        for (Header h : headers.values()) {
            result.add(h.toStored(
                    contractMap.getOrDefault(h.id(), List.of()),
                    lineMap.getOrDefault(h.id(), List.of()),
                    exclusionMap.getOrDefault(h.id(), List.of())));
        }
        return result;
    }

    private static MapSqlParameterSource content(InvoiceProposal p, String runId, Instant asOf, Instant now) {
        return new MapSqlParameterSource()
                .addValue("id", p.id())
                .addValue("runId", runId)
                .addValue("invoiceDate", p.invoiceDate())
                .addValue("project", p.project() == null ? null : p.project().toString())
                .addValue("untaxed", p.untaxedAmount())
                .addValue("tax", p.estimatedTax())
                .addValue("total", p.total())
                .addValue("hash", ProposalContent.hash(p))
                .addValue("asOf", DbTime.of(asOf))
                .addValue("now", DbTime.of(now));
    }

    private static Header header(ResultSet rs) throws SQLException {
        long moveId = rs.getLong("odoo_move_id");
        OdooMove odoo = rs.wasNull()
                ? null
                : new OdooMove(
                        moveId,
                        rs.getString("odoo_name"),
                        rs.getString("odoo_state"),
                        rs.getString("odoo_payment_state"),
                        rs.getBigDecimal("odoo_amount_residual"));
        String decidedBy = rs.getString("decided_by");
        String contract = rs.getString("contract_key");
        String project = rs.getString("project_ref");
        return new Header(
                rs.getString("id"),
                rs.getString("run_id"),
                rs.getObject("run_date", LocalDate.class),
                contract == null ? null : RecordKey.parse(contract).ref(),
                LineRepository.ref(rs.getString("customer_ref")),
                rs.getString("entity"),
                rs.getString("currency"),
                ProposalKind.valueOf(rs.getString("kind")),
                ProposalStatus.valueOf(rs.getString("status")),
                rs.getObject("invoice_date", LocalDate.class),
                project == null ? null : LineRepository.ref(project),
                rs.getBigDecimal("untaxed_amount"),
                rs.getBigDecimal("estimated_tax"),
                rs.getBigDecimal("total"),
                rs.getString("content_hash"),
                DbTime.read(rs, "ledger_as_of"),
                decidedBy == null
                        ? null
                        : new Decision(decidedBy, DbTime.read(rs, "decided_at"), rs.getString("decision_reason")),
                odoo);
    }

    private record Header(
            String id,
            String runId,
            LocalDate runDate,
            Ref contract,
            Ref customer,
            String entity,
            String currency,
            ProposalKind kind,
            ProposalStatus status,
            LocalDate invoiceDate,
            Ref project,
            BigDecimal untaxed,
            BigDecimal tax,
            BigDecimal total,
            String hash,
            Instant asOf,
            Decision decision,
            OdooMove odoo) {

        StoredProposal toStored(List<Ref> contracts, List<ProposalLine> lines, List<Exclusion> excluded) {
            InvoiceProposal p = new InvoiceProposal(
                    id,
                    runDate,
                    contract,
                    contracts,
                    customer,
                    entity,
                    currency,
                    kind,
                    status,
                    invoiceDate,
                    project,
                    lines,
                    untaxed,
                    tax,
                    total,
                    excluded,
                    List.of());
            return new StoredProposal(p, runId, asOf, hash, decision, odoo);
        }
    }
}
