package dev.ledgerline.core.billing.state;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.util.List;

/**
 * What approved, delivered and posted proposals billed for one record (a time entry, an expense or a
 * vendor bill), netting credit notes.
 *
 * @param billedHours time lines' billable hours, less hours credited
 * @param grossAmount time, expense or vendor-bill lines (cost for expenses), less credits of them
 * @param markupAmount markup lines, less credits of them
 * @param netAmount everything the record was billed after write-downs, write-ups, not-to-exceed and
 *     cap adjustments and credits: the most a credit may take back
 * @param billedVersion the highest version of the record a line covers
 * @param originalLine the latest invoice line billing the record (time, expense or vendor bill)
 * @param originalProposal the proposal carrying {@code originalLine}
 * @param project the project the record was billed under
 * @param approvedUndelivered approved proposals not yet delivered that cover the record
 * @param awaitingPosting whether a delivered proposal not yet posted covers the record
 */
public record SourcePosition(
        RecordKey ref,
        BigDecimal billedHours,
        BigDecimal grossAmount,
        BigDecimal markupAmount,
        BigDecimal netAmount,
        long billedVersion,
        ProposalLine originalLine,
        InvoiceProposal originalProposal,
        ProposalLine originalMarkupLine,
        Ref project,
        List<InvoiceProposal> approvedUndelivered,
        boolean awaitingPosting) {

    /** Whether every document covering the record is posted, so a change is corrected by a new document. */
    public boolean allPosted() {
        return approvedUndelivered.isEmpty() && !awaitingPosting;
    }

    /** Whether something of the record is still billed (hours or amount left after credits). */
    public boolean stillBilled() {
        return billedHours.signum() != 0 || grossAmount.signum() != 0 || markupAmount.signum() != 0;
    }
}
