package dev.ledgerline.hub.billing;

import static dev.ledgerline.core.billing.ProposalStatus.APPROVED;
import static dev.ledgerline.core.billing.ProposalStatus.DELIVERED;
import static dev.ledgerline.core.billing.ProposalStatus.POSTED;
import static dev.ledgerline.core.billing.ProposalStatus.PROPOSED;
import static dev.ledgerline.core.billing.ProposalStatus.REJECTED;

import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.hub.ledger.DbTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place a proposal's status changes, and its only table of legal moves:
 *
 * <pre>
 * proposed  → approved   finance approves (with adjustments)
 * proposed  → rejected   finance rejects, or a later computation of the same run date no longer proposes it
 * approved  → proposed   a record it bills changed before delivery (it is computed again)
 * approved  → delivered  the invoice sync created it in Odoo
 * delivered → posted     pull-back saw it posted
 * </pre>
 *
 * Each move is a conditional update on the status it leaves, so two writers never both move it, and
 * an append-only history row with who, when and why.
 */
@Component
class ProposalTransitions {

    static final Map<ProposalStatus, Set<ProposalStatus>> LEGAL = Map.of(
            PROPOSED, Set.of(APPROVED, REJECTED),
            APPROVED, Set.of(PROPOSED, DELIVERED),
            DELIVERED, Set.of(POSTED),
            REJECTED, Set.of(),
            POSTED, Set.of());

    private static final String SQL_HISTORY = """
            INSERT INTO billing_status_history (proposal_id, from_status, to_status, actor, reason, occurred_at)
            VALUES (:id, :from, :to, :actor, :reason, :at)
            """;

    private final ProposalRepository proposals;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ProposalTransitions(ProposalRepository proposals, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static boolean isLegal(ProposalStatus from, ProposalStatus to) {
        return LEGAL.get(from).contains(to);
    }

    /** Moves {@code id} from {@code from} to {@code to}; refused when illegal or when it no longer is {@code from}. */
    void move(String id, ProposalStatus from, ProposalStatus to, String actor, String reason) {
        if (!isLegal(from, to)) {
            throw new IllegalStatusTransitionException(id, from, to);
        }
        Instant now = clock.instant();
        if (!proposals.setStatus(id, from, to, now)) {
            throw new IllegalStatusTransitionException(id, from, to);
        }
        history(id, from, to, actor, reason, now);
    }

    /** The first history row of a proposal a run created. */
    void created(String id, String actor, String reason) {
        history(id, null, PROPOSED, actor, reason, clock.instant());
    }

    private void history(String id, ProposalStatus from, ProposalStatus to, String actor, String reason, Instant at) {
        jdbc.update(
                SQL_HISTORY,
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("from", from == null ? null : from.name())
                        .addValue("to", to.name())
                        .addValue("actor", actor)
                        .addValue(
                                "reason",
                                reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000))
                        .addValue("at", DbTime.of(at)));
    }
}
