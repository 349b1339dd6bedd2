package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Invoice.Line;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.metrics.BilledTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines billing has produced, read as revenue: on the final basis the posted Odoo invoices and
 * credit notes; on the provisional basis the hub's approved, delivered and posted proposals.
 */
public final class BilledLines {

    private BilledLines() {}

    /** Lines of posted Odoo documents; time-fee lines carry each entry's share (see {@link BilledTime}). */
    public static List<BilledLine> posted(BilledTime billed) {
        List<BilledLine> lines = new ArrayList<>();
        for (Invoice doc : billed.documents()) {
            for (Line line : doc.lines()) {
                kindOf(doc, line)
                        .ifPresent(kind -> lines.add(new BilledLine(
                                doc.entity(),
                                doc.customer(),
                                doc.contract(),
                                doc.project(),
                                doc.currency(),
                                doc.invoiceDate(),
                                kind,
                                doc.isCreditNote() ? line.amount().negate() : line.amount(),
                                billed.sharesOf(line))));
            }
        }
        return lines;
    }

    /** Lines of proposals that hold work (approved, delivered, posted); time lines carry their sources' shares. */
    public static List<BilledLine> proposed(List<InvoiceProposal> proposals) {
        List<BilledLine> lines = new ArrayList<>();
        for (InvoiceProposal p : proposals) {
            if (!p.status().holdsWork()) {
                continue;
            }
            int sign = p.kind().sign();
            for (ProposalLine line : p.lines()) {
                Optional<RevenueKind> kind = kindOf(p, line);
                if (kind.isEmpty()) {
                    continue;
                }
                Map<RecordKey, BigDecimal> shares = new HashMap<>();
                if (kind.get() == RevenueKind.TIME_FEES) {
                    for (LineSource s : line.sources()) {
                        if (s.ref().type() == RecordType.TIME_ENTRY) {
                            shares.merge(s.ref(), s.amount().multiply(BigDecimal.valueOf(sign)), BigDecimal::add);
                        }
                    }
                }
                lines.add(new BilledLine(
                        p.entity(),
                        p.customer(),
                        line.contract(),
                        line.project() != null ? line.project() : p.project(),
                        p.currency(),
                        p.invoiceDate(),
                        kind.get(),
                        line.amount().multiply(BigDecimal.valueOf(sign)),
                        shares));
            }
        }
        return lines;
    }

    private static Optional<RevenueKind> kindOf(Invoice doc, Line line) {
        Optional<RevenueKind> own = RevenueKind.ofLineKind(line.kind());
        if (own.isPresent() || line.adjustsLine() == null) {
            return own.or(() -> BilledTime.ADJUSTMENTS.contains(line.kind())
                    ? Optional.of(RevenueKind.TIME_FEES)
                    : Optional.empty());
        }
        return doc.lines().stream()
                .filter(l -> l.line() == line.adjustsLine())
                .findFirst()
                .flatMap(adjusted -> RevenueKind.ofLineKind(adjusted.kind()));
    }

    private static Optional<RevenueKind> kindOf(InvoiceProposal p, ProposalLine line) {
        if (!line.kind().isAdjustment()) {
            return RevenueKind.ofLineKind(line.kind().wireName());
        }
        if (line.kind() == LineKind.NTE_ADJUSTMENT || line.refersTo() == null) {
            return Optional.of(RevenueKind.TIME_FEES);
        }
        return p.line(line.refersTo())
                .flatMap(adjusted -> RevenueKind.ofLineKind(adjusted.kind().wireName()))
                .or(() -> Optional.of(RevenueKind.TIME_FEES));
    }
}
