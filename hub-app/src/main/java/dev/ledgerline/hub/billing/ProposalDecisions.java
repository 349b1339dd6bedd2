package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.AdjustmentRequest;
import dev.ledgerline.core.billing.AdjustmentResult;
import dev.ledgerline.core.billing.ContractState;
import dev.ledgerline.core.billing.FinanceAdjustment;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finance's decisions on a proposal (docs/adr/0111): approval, with write-downs and write-ups made by
 * the engine's {@link FinanceAdjustment} and an invoice date never inside a locked period, and
 * rejection with a reason. Each decision is one transaction under the contracts' locks and ends with
 * its audit entry (who, why, the amounts).
 */
@Component
public class ProposalDecisions {

    private final ProposalRepository proposals;
    private final ProposalTransitions transitions;
    private final AdjustmentRepository adjustments;
    private final ContractStates states;
    private final BillingSetups setups;
    private final BillingLocks locks;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProposalDecisions(
            ProposalRepository proposals,
            ProposalTransitions transitions,
            AdjustmentRepository adjustments,
            ContractStates states,
            BillingSetups setups,
            BillingLocks locks,
            AuditLog audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.proposals = proposals;
        this.transitions = transitions;
        this.adjustments = adjustments;
        this.states = states;
        this.setups = setups;
        this.locks = locks;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Approves a proposal with finance's adjustments and, optionally, another invoice date.
     *
     * @throws BillingRequestException 404 for an unknown proposal; 409 {@code NOT_PROPOSED}; 422 with the
     *     engine's refusal code ({@code UNKNOWN_LINE}, {@code INVALID_ADJUSTMENT}, {@code
     *     WRITE_UP_EXCEEDS_NOT_TO_EXCEED}, {@code PERIOD_LOCKED}…)
     */
    public StoredProposal approve(String id, List<AdjustmentRequest> requests, LocalDate invoiceDate, String actor) {
        return transaction.execute(s -> {
            StoredProposal p = lockedProposed(id);
            Instant now = clock.instant();
            List<ContractState> contracts = states.forDecision(p, now, proposals.ofContracts(p.contractKeys()));
            AdjustmentResult result = new FinanceAdjustment(setups.current())
                    .approve(p.proposal(), requests, invoiceDate, contracts, now);
            InvoiceProposal approved = switch (result) {
                case AdjustmentResult.Approved a -> a.proposal();
                case AdjustmentResult.Refused r ->
                    throw new BillingRequestException(
                            422,
                            ErrorCode.valueOf(r.code().name()),
                            r.message(),
                            r.lineId() == null ? List.of() : List.of(Map.of("lineId", r.lineId())));
            };
            proposals.replaceContent(approved, p.runId(), p.ledgerAsOf(), now);
            List<Map<String, Object>> applied = recordAdjustments(p.proposal(), approved, requests, actor, now);
            transitions.move(id, ProposalStatus.PROPOSED, ProposalStatus.APPROVED, actor, null);
            proposals.setDecision(id, new Decision(actor, now, null));
            Map<String, Object> details = amounts(approved);
            details.put("invoiceDate", approved.invoiceDate().toString());
            details.put("adjustments", applied);
            audit.record(actor, "billing.proposal.approved", id, details);
            return proposals.find(id).orElseThrow();
        });
    }

    /**
     * Rejects a proposal; its work is billed again by a later run date.
     *
     * @throws BillingRequestException 400 {@code MISSING_FIELD} without a reason, 404, 409 {@code NOT_PROPOSED}
     */
    public StoredProposal reject(String id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new BillingRequestException(400, ErrorCode.MISSING_FIELD, "a rejection needs a reason");
        }
        if (reason.length() > 2000) {
            throw new BillingRequestException(
                    400, ErrorCode.INVALID_VALUE, "the reason is longer than 2000 characters");
        }
        return transaction.execute(s -> {
            StoredProposal p = lockedProposed(id);
            Instant now = clock.instant();
            transitions.move(id, ProposalStatus.PROPOSED, ProposalStatus.REJECTED, actor, reason);
            proposals.setDecision(id, new Decision(actor, now, reason));
            Map<String, Object> details = amounts(p.proposal());
            details.put("reason", reason);
            audit.record(actor, "billing.proposal.rejected", id, details);
            return proposals.find(id).orElseThrow();
        });
    }

    private StoredProposal lockedProposed(String id) {
        StoredProposal p = proposals.find(id).orElseThrow(() -> notFound(id));
        locks.lock(p.contractKeys());
        p = proposals.find(id).orElseThrow(() -> notFound(id));
        if (p.status() != ProposalStatus.PROPOSED) {
            throw new BillingRequestException(
                    409,
                    ErrorCode.NOT_PROPOSED,
                    "proposal " + id + " is " + p.status().name().toLowerCase());
        }
        return p;
    }

    static BillingRequestException notFound(String id) {
        return new BillingRequestException(404, ErrorCode.NOT_FOUND, "no proposal " + id);
    }

    /** The adjustment lines the engine added, one per request in order, kept with what finance asked. */
    private List<Map<String, Object>> recordAdjustments(
            InvoiceProposal before,
            InvoiceProposal after,
            List<AdjustmentRequest> requests,
            String actor,
            Instant now) {
        Set<String> existing = before.lines().stream().map(ProposalLine::lineId).collect(Collectors.toSet());
        List<ProposalLine> added = after.lines().stream()
                .filter(l -> !existing.contains(l.lineId()))
                .toList();
        List<Map<String, Object>> applied = new ArrayList<>();
        for (int i = 0; i < requests.size() && i < added.size(); i++) {
            AdjustmentRequest r = requests.get(i);
            ProposalLine line = added.get(i);
            adjustments.insert(
                    after.id(), r.lineId(), line.lineId(), line.amount(), r.percent(), r.reason(), actor, now);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("lineId", r.lineId());
            entry.put("adjustmentLineId", line.lineId());
            entry.put("kind", line.kind().wireName());
            entry.put("amount", line.amount().toPlainString());
            if (r.percent() != null) {
                entry.put("percent", r.percent().toPlainString());
            }
            entry.put("reason", r.reason());
            applied.add(entry);
        }
        return applied;
    }

    private static Map<String, Object> amounts(InvoiceProposal p) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("contract", p.contract() == null ? null : p.contract().toString());
        details.put("customer", p.customer().toString());
        details.put("currency", p.currency());
        details.put("untaxedAmount", p.untaxedAmount().toPlainString());
        details.put(
                "estimatedTax",
                p.estimatedTax() == null ? null : p.estimatedTax().toPlainString());
        details.put("total", p.total() == null ? null : p.total().toPlainString());
        return details;
    }
}
