package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.RecordKey;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading stored proposals: one by id, the finance queue by status and contract, the approved ones
 * the invoice sync delivers, and the problems the latest runs could not bill (for the exceptions view).
 */
@Component
public class BillingProposals {

    private final ProposalRepository proposals;
    private final ProblemRepository problems;

    BillingProposals(ProposalRepository proposals, ProblemRepository problems) {
        this.proposals = proposals;
        this.problems = problems;
    }

    @Transactional(readOnly = true)
    public Optional<StoredProposal> find(String id) {
        return proposals.find(id);
    }

    /** Proposals of {@code status} and {@code contract} (either may be null), newest run date first. */
    @Transactional(readOnly = true)
    public List<StoredProposal> list(ProposalStatus status, RecordKey contract) {
        return proposals.list(status, contract);
    }

    /** Approved proposals not yet delivered to Odoo, oldest run date first: the invoice sync's work. */
    @Transactional(readOnly = true)
    public List<StoredProposal> awaitingDelivery() {
        return proposals.list(ProposalStatus.APPROVED, null).reversed();
    }

    /** What each contract's latest run date could not bill; {@code code} null for every code. */
    @Transactional(readOnly = true)
    public List<OpenProblem> openProblems(ProblemCode code) {
        return problems.open(code);
    }
}
