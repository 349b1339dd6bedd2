package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.BillingProblem;
import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.billing.RunResult;
import dev.ledgerline.core.canonical.RecordKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Stores what one computation of a run date proposes for a set of contracts (docs/adr/0112): a new
 * proposal is inserted; a stored one still {@code proposed} takes the new content when it changed;
 * one already decided keeps its content (its id names that run date's decided invoice, and the work
 * the computation found waits for a later run date); a {@code proposed} one of that date that is no
 * longer proposed is rejected by the system as superseded. Problems of the contracts and date are
 * replaced; exclusions no proposal lists are kept with the run.
 */
@Component
class ProposalWriter {

    static final String SYSTEM = "system:billing";

    private final ProposalRepository proposals;
    private final ProposalTransitions transitions;
    private final ProblemRepository problems;
    private final RunRepository runs;
    private final Clock clock;

    ProposalWriter(
            ProposalRepository proposals,
            ProposalTransitions transitions,
            ProblemRepository problems,
            RunRepository runs,
            Clock clock) {
        this.proposals = proposals;
        this.transitions = transitions;
        this.problems = problems;
        this.runs = runs;
        this.clock = clock;
    }

    void store(
            Collection<RecordKey> contracts,
            LocalDate runDate,
            String runId,
            Instant asOf,
            RunResult result,
            List<StoredProposal> stored) {
        Instant now = clock.instant();
        Map<String, StoredProposal> byId = new HashMap<>();
        stored.forEach(p -> byId.put(p.id(), p));
        Set<String> computed = new HashSet<>();
        Set<RecordKey> listed = new HashSet<>();
        Map<BillingProblem, String> proposalOf = new IdentityHashMap<>();
        for (InvoiceProposal p : result.proposals()) {
            computed.add(p.id());
            StoredProposal existing = byId.get(p.id());
            if (existing == null) {
                proposals.insert(p, runId, asOf, now);
                transitions.created(p.id(), SYSTEM, "proposed by run " + runId);
            } else if (existing.status() == ProposalStatus.PROPOSED) {
                if (!existing.contentHash().equals(ProposalContent.hash(p))) {
                    proposals.replaceContent(p, runId, asOf, now);
                }
            } else {
                continue;
            }
            p.excluded().forEach(e -> listed.add(e.ref()));
            p.problems().forEach(problem -> proposalOf.put(problem, p.id()));
        }
        for (StoredProposal p : stored) {
            if (p.status() == ProposalStatus.PROPOSED
                    && p.proposal().runDate().equals(runDate)
                    && !computed.contains(p.id())
                    && contracts.containsAll(p.contractKeys())) {
                transitions.move(
                        p.id(),
                        ProposalStatus.PROPOSED,
                        ProposalStatus.REJECTED,
                        SYSTEM,
                        "SUPERSEDED: run " + runId + " of " + runDate + " no longer proposes it");
            }
        }
        List<Exclusion> unlisted = new ArrayList<>();
        for (Exclusion e : result.excluded()) {
            if (!listed.contains(e.ref())) {
                unlisted.add(e);
            }
        }
        runs.exclusions(runId, unlisted);
        problems.replace(contracts, runDate, runId, result.problems(), proposalOf, now);
    }
}
