package dev.ledgerline.core.billing.correction;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalAction;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.state.BillingHistory;
import dev.ledgerline.core.billing.state.PeriodicPosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a periodic item (a retainer month, a subscription period, a milestone, an entry's overage of a
 * month) still needs, given what is due now and what holding proposals billed: nothing, a first line,
 * an extra line or a credit for the difference. A difference on an approved proposal not yet
 * delivered sends it back to {@code proposed}; on a delivered one it waits for the posting.
 */
public sealed interface PeriodicDelta {

    record Nothing() implements PeriodicDelta {}

    record BillNew(BigDecimal due) implements PeriodicDelta {}

    /** Bill {@code delta} more, referring to the original line. */
    record Extra(BigDecimal delta, PeriodicPosition billed) implements PeriodicDelta {}

    /** Credit {@code delta} (positive), referring to the original line. */
    record Credit(BigDecimal delta, PeriodicPosition billed) implements PeriodicDelta {}

    /**
     * @param due the amount (or hours, for overage) due now
     * @param measure how much of the item the holding proposals billed, in the same unit as {@code due}
     */
    static PeriodicDelta of(
            Optional<PeriodicPosition> billed,
            BigDecimal due,
            Function<PeriodicPosition, BigDecimal> measure,
            BillingDrafts out) {
        if (billed.isEmpty() || billed.get().lines().isEmpty()) {
            return due.signum() > 0 ? new BillNew(due) : new Nothing();
        }
        PeriodicPosition position = billed.get();
        BigDecimal delta = due.subtract(measure.apply(position));
        if (delta.signum() == 0) {
            return new Nothing();
        }
        List<InvoiceProposal> approved = position.lines().stream()
                .map(BillingHistory.HeldLine::proposal)
                .filter(p -> p.status() == ProposalStatus.APPROVED)
                .distinct()
                .toList();
        if (!approved.isEmpty()) {
            approved.forEach(p -> out.action(new ProposalAction.ReturnToProposed(p.id(), List.of())));
            return new Nothing();
        }
        boolean delivered = position.lines().stream().anyMatch(h -> h.proposal().status() == ProposalStatus.DELIVERED);
        if (delivered || position.originalLine() == null) {
            return new Nothing();
        }
        return delta.signum() > 0 ? new Extra(delta, position) : new Credit(delta.negate(), position);
    }

    static PeriodicDelta ofAmount(Optional<PeriodicPosition> billed, BigDecimal due, BillingDrafts out) {
        return of(billed, due, PeriodicPosition::amount, out);
    }
}
