package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.ProposalStatus;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How delivery to Odoo and status pull-back move proposals on: {@code approved → delivered} once the
 * invoice sync created the move, {@code delivered → posted} once pull-back saw it posted, and the
 * Odoo figures (state, payment state, residual) in between and after. Each call is one transaction
 * under the contracts' lock, so it never interleaves with a run or a finance decision on the same
 * contracts; every status change is written through the one transition table with its actor.
 */
@Component
public class ProposalStatusUpdater {

    private final ProposalRepository proposals;
    private final ProposalTransitions transitions;
    private final BillingLocks locks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProposalStatusUpdater(
            ProposalRepository proposals,
            ProposalTransitions transitions,
            BillingLocks locks,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.proposals = proposals;
        this.transitions = transitions;
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The approved proposal became {@code move} in Odoo.
     *
     * @param actor who delivered it ({@code system:sync.invoice}, {@code token:…})
     * @throws IllegalStatusTransitionException when the proposal is not approved (409)
     * @throws BillingRequestException 404 for an unknown proposal
     */
    public StoredProposal delivered(String proposalId, OdooMove move, String actor) {
        return move(proposalId, ProposalStatus.APPROVED, ProposalStatus.DELIVERED, move, actor);
    }

    /**
     * The delivered proposal's move was posted in Odoo.
     *
     * @throws IllegalStatusTransitionException when the proposal is not delivered (409)
     */
    public StoredProposal posted(String proposalId, OdooMove move, String actor) {
        return move(proposalId, ProposalStatus.DELIVERED, ProposalStatus.POSTED, move, actor);
    }

    /** Odoo's latest figures of a delivered or posted proposal's move (payment state, residual); no status change. */
    public StoredProposal odooChanged(String proposalId, OdooMove move) {
        Objects.requireNonNull(move, "move");
        return transaction.execute(s -> {
            StoredProposal p = locked(proposalId);
            if (p.status() != ProposalStatus.DELIVERED && p.status() != ProposalStatus.POSTED) {
                throw new IllegalStatusTransitionException(proposalId, p.status(), p.status());
            }
            proposals.setOdoo(proposalId, move, clock.instant());
            return proposals.find(proposalId).orElseThrow();
        });
    }

    private StoredProposal move(
            String proposalId, ProposalStatus from, ProposalStatus to, OdooMove move, String actor) {
        Objects.requireNonNull(move, "move");
        return transaction.execute(s -> {
            StoredProposal p = locked(proposalId);
            if (p.status() != from) {
                throw new IllegalStatusTransitionException(proposalId, p.status(), to);
            }
            transitions.move(proposalId, from, to, actor, "odoo move " + move.moveId() + " " + move.state());
            proposals.setOdoo(proposalId, move, clock.instant());
            return proposals.find(proposalId).orElseThrow();
        });
    }

    private StoredProposal locked(String proposalId) {
        StoredProposal p = proposals.find(proposalId).orElseThrow(() -> ProposalDecisions.notFound(proposalId));
        locks.lock(p.contractKeys());
        return proposals.find(proposalId).orElseThrow(() -> ProposalDecisions.notFound(proposalId));
    }
}
