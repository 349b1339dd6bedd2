package dev.ledgerline.core.recognition;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.ProposalLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A contribution to time fees recognised as performed: an approved billable entry at its contract
 * value on its date, or a finance adjustment of a time line (signed) on the date it was approved (its
 * document's date).
 */
public record PerformedWork(LocalDate date, BigDecimal value) {

    public PerformedWork {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }

    /** Approved billable entries with a contract value. */
    public static List<PerformedWork> ofEntries(List<ClassifiedEntry> entries) {
        return entries.stream()
                .filter(ClassifiedEntry::isBillable)
                .map(e -> new PerformedWork(e.entry().date(), e.contractValue().orElseThrow()))
                .toList();
    }

    /** Finance write-downs and write-ups of time lines on the given (approved or later) proposals. */
    public static List<PerformedWork> ofAdjustments(List<InvoiceProposal> proposals) {
        List<PerformedWork> work = new ArrayList<>();
        for (InvoiceProposal p : proposals) {
            for (ProposalLine l : p.lines()) {
                boolean finance = l.kind() == LineKind.WRITE_DOWN || l.kind() == LineKind.WRITE_UP;
                boolean onTime = l.refersTo() != null
                        && p.line(l.refersTo())
                                .map(a -> a.kind() == LineKind.TIME)
                                .orElse(false);
                if (finance && onTime) {
                    work.add(new PerformedWork(
                            p.invoiceDate(), p.isCreditNote() ? l.amount().negate() : l.amount()));
                }
            }
        }
        return work;
    }
}
