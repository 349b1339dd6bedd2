package dev.ledgerline.core.billing.state;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Sums one record's lines while {@link BillingHistory} reads the proposals. */
final class SourceAccumulator {

    private final RecordKey ref;
    private BigDecimal hours = BigDecimal.ZERO;
    private BigDecimal gross = BigDecimal.ZERO;
    private BigDecimal markup = BigDecimal.ZERO;
    private BigDecimal net = BigDecimal.ZERO;
    private long version = -1;
    private ProposalLine original;
    private InvoiceProposal originalProposal;
    private ProposalLine originalMarkup;
    private Ref project;
    private final List<InvoiceProposal> approvedUndelivered = new ArrayList<>();
    private boolean awaitingPosting;

    SourceAccumulator(RecordKey ref) {
        this.ref = ref;
    }

    void add(BillingHistory.HeldLine h, LineSource s, int sign) {
        ProposalLine line = h.line();
        BigDecimal amount = sign > 0 ? s.amount() : s.amount().negate();
        net = net.add(amount);
        LineKind kind = line.kind();
        if (kind == LineKind.TIME || kind == LineKind.EXPENSE || kind == LineKind.VENDOR_BILL) {
            gross = gross.add(amount);
            if (s.billableHours() != null) {
                hours = sign > 0 ? hours.add(s.billableHours()) : hours.subtract(s.billableHours());
            }
            if (BillingHistory.isOriginal(line, h.proposal())) {
                original = line;
                originalProposal = h.proposal();
                project = line.project();
            }
        } else if (kind == LineKind.MARKUP) {
            markup = markup.add(amount);
            if (BillingHistory.isOriginal(line, h.proposal())) {
                originalMarkup = line;
            }
        }
        track(h, s);
    }

    void track(BillingHistory.HeldLine h, LineSource s) {
        version = Math.max(version, s.version());
        if (BillingHistory.isApprovedUndelivered(h.proposal()) && !approvedUndelivered.contains(h.proposal())) {
            approvedUndelivered.add(h.proposal());
        }
        if (BillingHistory.isDeliveredUnposted(h.proposal())) {
            awaitingPosting = true;
        }
        if (project == null) {
            project = h.line().project();
        }
    }

    SourcePosition build() {
        return new SourcePosition(
                ref,
                hours,
                gross,
                markup,
                net,
                version,
                original,
                originalProposal,
                originalMarkup,
                project,
                List.copyOf(approvedUndelivered),
                awaitingPosting);
    }
}
