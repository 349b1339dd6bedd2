package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.BillingRun;
import dev.ledgerline.core.billing.ProposalAction;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.billing.RunRequest;
import dev.ledgerline.core.billing.RunResult;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.audit.AuditLog;
import dev.ledgerline.hub.audit.AuditRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One run date for one set of contracts billed together (a contract, or the contracts one customer
 * invoice groups), inside the caller's transaction and under their locks.
 *
 * <p>When the engine finds that records on an approved, undelivered proposal changed, that proposal
 * goes back to {@code proposed} and is computed again for its own run date, with the new versions;
 * then the run date asked for is computed again. The same happens to a proposal still {@code
 * proposed} from an earlier run date: it is brought up to date instead of leaving stale figures in
 * finance's queue.
 */
@Component
class UnitRun {

    /** Refreshing returned proposals never needs more than a few rounds; more means a defect. */
    private static final int MAX_ROUNDS = 8;

    private final ProposalRepository proposals;
    private final ContractStates states;
    private final ProposalWriter writer;
    private final ProposalTransitions transitions;
    private final BillingLocks locks;
    private final AuditLog audit;

    UnitRun(
            ProposalRepository proposals,
            ContractStates states,
            ProposalWriter writer,
            ProposalTransitions transitions,
            BillingLocks locks,
            AuditLog audit) {
        this.proposals = proposals;
        this.states = states;
        this.writer = writer;
        this.transitions = transitions;
        this.locks = locks;
        this.audit = audit;
    }

    /** Computes and stores {@code runDate} for {@code contracts}; answers their proposals of that date. */
    List<StoredProposal> run(
            List<RecordKey> contracts, LocalDate runDate, String runId, Instant startedAt, BillingRun engine) {
        locks.lock(contracts);
        List<AuditRecord> returned = new ArrayList<>();
        Deque<LocalDate> pending = new ArrayDeque<>();
        pending.push(runDate);
        int rounds = 0;
        while (!pending.isEmpty()) {
            if (++rounds > MAX_ROUNDS) {
                throw new IllegalStateException(
                        "proposals of " + contracts + " kept changing while run " + runId + " computed " + runDate);
            }
            LocalDate date = pending.peek();
            List<StoredProposal> stored = proposals.ofContracts(contracts);
            RunResult result =
                    engine.run(new RunRequest(date, startedAt, states.forRun(contracts, date, startedAt, stored)));
            Map<String, List<RecordKey>> returns = returns(result);
            if (returns.isEmpty()) {
                writer.store(contracts, date, runId, startedAt, result, stored);
                pending.pop();
                continue;
            }
            for (Map.Entry<String, List<RecordKey>> r : returns.entrySet()) {
                StoredProposal p = stored.stream()
                        .filter(s -> s.id().equals(r.getKey()))
                        .findFirst()
                        .orElseThrow();
                if (p.status() == ProposalStatus.APPROVED) {
                    String changed = r.getValue().stream()
                            .map(RecordKey::toString)
                            .toList()
                            .toString();
                    transitions.move(
                            p.id(),
                            ProposalStatus.APPROVED,
                            ProposalStatus.PROPOSED,
                            ProposalWriter.SYSTEM,
                            "RETURNED: changed before delivery " + changed);
                    returned.add(new AuditRecord(
                            ProposalWriter.SYSTEM,
                            "billing.proposal.returned",
                            p.id(),
                            Map.of(
                                    "runId", runId,
                                    "changed",
                                            r.getValue().stream()
                                                    .map(RecordKey::toString)
                                                    .toList(),
                                    "untaxedAmount",
                                            p.proposal().untaxedAmount().toPlainString())));
                }
                if (!pending.contains(p.proposal().runDate())) {
                    pending.push(p.proposal().runDate());
                }
            }
        }
        // last, after the unit's own writes: appending holds the audit chain's lock until commit
        audit.recordAll(returned);
        return proposals.ofContracts(contracts).stream()
                .filter(p -> p.proposal().runDate().equals(runDate) && p.status() != ProposalStatus.REJECTED)
                .toList();
    }

    private static Map<String, List<RecordKey>> returns(RunResult result) {
        Map<String, List<RecordKey>> returns = new LinkedHashMap<>();
        for (ProposalAction action : result.actions()) {
            if (action instanceof ProposalAction.ReturnToProposed r) {
                returns.computeIfAbsent(r.proposalId(), k -> new ArrayList<>()).addAll(r.changed());
            }
        }
        return returns;
    }
}
