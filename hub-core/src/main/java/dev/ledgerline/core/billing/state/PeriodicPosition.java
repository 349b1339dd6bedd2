package dev.ledgerline.core.billing.state;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.billing.ProposalLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What was billed for one periodic item (a retainer month, a subscription period's days, a milestone,
 * one entry's overage of a month), netting credit notes.
 *
 * @param amount net amount billed
 * @param hours net hours billed (overage only)
 * @param originalLine the first invoice line that billed the item
 * @param originalProposal the proposal carrying it
 * @param lines every line of the item with its proposal, in billing order
 */
public record PeriodicPosition(
        BigDecimal amount,
        BigDecimal hours,
        ProposalLine originalLine,
        InvoiceProposal originalProposal,
        List<BillingHistory.HeldLine> lines) {

    static final class Builder {
        private BigDecimal amount = BigDecimal.ZERO;
        private BigDecimal hours = BigDecimal.ZERO;
        private ProposalLine original;
        private InvoiceProposal originalProposal;
        private final List<BillingHistory.HeldLine> lines = new ArrayList<>();

        void add(BillingHistory.HeldLine h, LineSource s, int sign) {
            BigDecimal a = s == null ? h.line().amount() : s.amount();
            amount = sign > 0 ? amount.add(a) : amount.subtract(a);
            BigDecimal q = s == null ? null : s.billableHours();
            if (q != null) {
                hours = sign > 0 ? hours.add(q) : hours.subtract(q);
            }
            if (original == null && h.proposal().kind() == ProposalKind.INVOICE) {
                original = h.line();
                originalProposal = h.proposal();
            }
            lines.add(h);
        }

        PeriodicPosition build() {
            return new PeriodicPosition(amount, hours, original, originalProposal, List.copyOf(lines));
        }
    }
}
