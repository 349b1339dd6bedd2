package dev.ledgerline.core.billing;

import dev.ledgerline.core.billing.assembly.TaxTotal;
import dev.ledgerline.core.billing.draft.LineIds;
import dev.ledgerline.core.billing.state.BillingHistory;
import dev.ledgerline.core.billing.state.LedgerView;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finance's decision on a proposal (domain.md "Finance adjustments"): each adjustment becomes a
 * separate line "Write-down: reason" or "Write-up: reason" of quantity 1 and the signed amount (a
 * percent is {@code round(line amount × percent / 100)}), referring to the adjusted line, taxed like
 * it, and allocated to the line's records pro rata to their amounts (contract values). It changes
 * billed value, counts against the not-to-exceed, and is final. A write-up that would take the
 * contract's net billed fees above its not-to-exceed is refused, as is an invoice date in a locked
 * period.
 */
public final class FinanceAdjustment {

    private final BillingSetup setup;

    public FinanceAdjustment(BillingSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /**
     * Approves {@code proposal} with {@code adjustments}.
     *
     * @param invoiceDate the date finance sets, or null to keep the proposal's
     * @param contracts the state of the proposal's contracts (their terms as the ledger holds them at
     *     {@code now} and their earlier proposals), for the not-to-exceed
     */
    public AdjustmentResult approve(
            InvoiceProposal proposal,
            List<AdjustmentRequest> adjustments,
            LocalDate invoiceDate,
            List<ContractState> contracts,
            Instant now) {
        if (proposal.status() != ProposalStatus.PROPOSED) {
            return new AdjustmentResult.Refused(
                    AdjustmentRefusal.NOT_PROPOSED, null, "proposal is " + proposal.status());
        }
        if (invoiceDate != null && setup.entity(proposal.entity()).isLocked(invoiceDate)) {
            return new AdjustmentResult.Refused(
                    AdjustmentRefusal.PERIOD_LOCKED, null, invoiceDate + " lies in a locked period");
        }
        List<ProposalLine> added = new ArrayList<>();
        Map<String, BigDecimal> netOfLine = new HashMap<>();
        for (int i = 0; i < adjustments.size(); i++) {
            AdjustmentRequest request = adjustments.get(i);
            Optional<ProposalLine> target = proposal.line(request.lineId());
            if (target.isEmpty()) {
                return refused(AdjustmentRefusal.UNKNOWN_LINE, request, "no line " + request.lineId());
            }
            ProposalLine line = target.get();
            if (line.kind().isAdjustment() || proposal.isCreditNote()) {
                return refused(
                        AdjustmentRefusal.LINE_NOT_ADJUSTABLE,
                        request,
                        line.kind().wireName() + " lines are not adjusted");
            }
            Optional<BigDecimal> value = valueOf(request, line);
            if (value.isEmpty()) {
                return refused(
                        AdjustmentRefusal.INVALID_ADJUSTMENT,
                        request,
                        "give exactly one non-zero amount or percent, and a reason");
            }
            BigDecimal net =
                    netOfLine.getOrDefault(line.lineId(), line.amount()).add(value.get());
            if (net.signum() < 0) {
                return refused(
                        AdjustmentRefusal.WRITE_DOWN_EXCEEDS_LINE,
                        request,
                        "the line bills " + netOfLine.getOrDefault(line.lineId(), line.amount()));
            }
            netOfLine.put(line.lineId(), net);
            added.add(adjustmentLine(line, value.get(), request.reason(), i));
        }
        Optional<AdjustmentResult.Refused> overCap = checkCaps(proposal, added, contracts, now);
        if (overCap.isPresent()) {
            return overCap.get();
        }
        return new AdjustmentResult.Approved(rebuild(proposal, added, invoiceDate));
    }

    private static AdjustmentResult.Refused refused(AdjustmentRefusal code, AdjustmentRequest r, String message) {
        return new AdjustmentResult.Refused(code, r.lineId(), message);
    }

    private static Optional<BigDecimal> valueOf(AdjustmentRequest r, ProposalLine line) {
        if ((r.amount() == null) == (r.percent() == null)
                || r.reason() == null
                || r.reason().isBlank()) {
            return Optional.empty();
        }
        BigDecimal value = r.amount() != null
                ? Rounding.cents(r.amount())
                : Rounding.cents(
                        line.amount().multiply(r.percent()).divide(BigDecimal.valueOf(100), Rounding.DIVISION));
        return value.signum() == 0 ? Optional.empty() : Optional.of(value);
    }

    private static ProposalLine adjustmentLine(ProposalLine line, BigDecimal value, String reason, int index) {
        boolean down = value.signum() < 0;
        LineKind kind = down ? LineKind.WRITE_DOWN : LineKind.WRITE_UP;
        String identity = "adjust:" + line.lineId() + ":" + index + ":" + value.toPlainString() + ":" + reason;
        return new ProposalLine(
                LineIds.line(line.contract(), kind, identity),
                line.contract(),
                kind,
                (down ? "Write-down: " : "Write-up: ") + reason,
                BigDecimal.ONE,
                value,
                value,
                line.taxCode(),
                line.taxId(),
                line.taxRate(),
                line.taxRate() == null ? null : TaxTotal.lineTax(value, line.taxRate()),
                line.lineId(),
                null,
                line.project(),
                line.item(),
                reason,
                null,
                ProRata.allocate(value, line.sources()));
    }

    private Optional<AdjustmentResult.Refused> checkCaps(
            InvoiceProposal proposal, List<ProposalLine> added, List<ContractState> contracts, Instant now) {
        for (ContractState state : contracts) {
            Optional<RecordVersion<Contract>> held =
                    LedgerView.asOf(state.contract(), now).live().stream().findFirst();
            if (held.isEmpty()) {
                continue;
            }
            Ref contract = held.get().key().ref();
            ContractTerms terms = held.get().data().currentTerms();
            if (terms.notToExceed() == null) {
                continue;
            }
            List<InvoiceProposal> others = state.proposals().stream()
                    .filter(p -> !p.id().equals(proposal.id()))
                    .toList();
            BillingHistory history = BillingHistory.of(contract, others);
            ContractTerms.NotToExceedScope scope = terms.notToExceedScopeOrDefault();
            BigDecimal total = history.netUnderCap(scope);
            boolean writesUp = false;
            for (ProposalLine l : concat(proposal.lines(), added)) {
                if (!l.contract().equals(contract) || !counts(l, proposal, scope)) {
                    continue;
                }
                total = total.add(proposal.isCreditNote() ? l.amount().negate() : l.amount());
                writesUp |= l.kind() == LineKind.WRITE_UP && added.contains(l);
            }
            if (writesUp && total.compareTo(terms.notToExceed()) > 0) {
                return Optional.of(new AdjustmentResult.Refused(
                        AdjustmentRefusal.WRITE_UP_EXCEEDS_NOT_TO_EXCEED,
                        null,
                        "net billed fees would be " + total.toPlainString() + " above the not-to-exceed "
                                + terms.notToExceed().toPlainString()));
            }
        }
        return Optional.empty();
    }

    private static boolean counts(ProposalLine l, InvoiceProposal proposal, ContractTerms.NotToExceedScope scope) {
        boolean withExpenses = scope == ContractTerms.NotToExceedScope.FEES_AND_EXPENSES;
        return switch (l.kind()) {
            case TIME, NTE_ADJUSTMENT -> true;
            case EXPENSE, VENDOR_BILL, MARKUP -> withExpenses;
            case WRITE_DOWN, WRITE_UP -> {
                if (LineReason.CAP_PER_MONTH.name().equals(l.reason())) {
                    yield withExpenses;
                }
                Optional<ProposalLine> adjusted = l.refersTo() == null ? Optional.empty() : proposal.line(l.refersTo());
                yield adjusted.map(a -> a.kind() == LineKind.TIME
                                || (withExpenses && a.kind().isExpense()))
                        .orElse(true);
            }
            default -> false;
        };
    }

    private InvoiceProposal rebuild(InvoiceProposal proposal, List<ProposalLine> added, LocalDate invoiceDate) {
        List<ProposalLine> lines = new ArrayList<>();
        List<ProposalLine> tail = new ArrayList<>();
        for (ProposalLine l : proposal.lines()) {
            boolean runAdjustment = l.kind() == LineKind.NTE_ADJUSTMENT
                    || LineReason.CAP_PER_MONTH.name().equals(l.reason());
            (runAdjustment ? tail : lines).add(l);
        }
        lines.addAll(added);
        lines.addAll(tail);
        BigDecimal untaxed = lines.stream().map(ProposalLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean taxed = lines.stream().allMatch(l -> l.estimatedTax() != null);
        BigDecimal tax = taxed ? TaxTotal.of(lines, setup.roundsTaxGlobally(proposal.entity())) : null;
        return new InvoiceProposal(
                proposal.id(),
                proposal.runDate(),
                proposal.contract(),
                proposal.contracts(),
                proposal.customer(),
                proposal.entity(),
                proposal.currency(),
                proposal.kind(),
                ProposalStatus.APPROVED,
                invoiceDate != null ? invoiceDate : proposal.invoiceDate(),
                proposal.project(),
                lines,
                untaxed,
                tax,
                tax == null ? null : untaxed.add(tax),
                proposal.excluded(),
                proposal.problems());
    }

    private static List<ProposalLine> concat(List<ProposalLine> a, List<ProposalLine> b) {
        List<ProposalLine> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
