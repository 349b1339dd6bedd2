package dev.ledgerline.core.billing.state;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineReason;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.ContractTerms.NotToExceedScope;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a contract's approved, delivered and posted proposals already billed: per record, per
 * periodic item, and in total for the not-to-exceed and the monthly expense cap. Proposals proposed
 * or rejected hold nothing. Credit notes count negatively.
 */
public final class BillingHistory {

    private final Ref contract;
    private final Map<RecordKey, SourcePosition> sources;
    private final Map<String, PeriodicPosition> periodic;
    private final List<HeldLine> lines;
    private final Map<String, ProposalLine> linesById;

    /** A line of a holding proposal with the proposal that carries it. */
    public record HeldLine(InvoiceProposal proposal, ProposalLine line) {
        public int sign() {
            return proposal.kind().sign();
        }

        public BigDecimal signedAmount() {
            return sign() > 0 ? line.amount() : line.amount().negate();
        }
    }

    private BillingHistory(
            Ref contract,
            Map<RecordKey, SourcePosition> sources,
            Map<String, PeriodicPosition> periodic,
            List<HeldLine> lines) {
        this.contract = contract;
        this.sources = sources;
        this.periodic = periodic;
        this.lines = List.copyOf(lines);
        Map<String, ProposalLine> byId = new HashMap<>();
        lines.forEach(h -> byId.put(h.line().lineId(), h.line()));
        this.linesById = byId;
    }

    /** Reads the proposals of {@code contract}; proposals that do not hold work are ignored. */
    public static BillingHistory of(Ref contract, List<InvoiceProposal> proposals) {
        List<HeldLine> held = new ArrayList<>();
        proposals.stream()
                .filter(p -> p.status().holdsWork())
                .sorted(Comparator.comparing(InvoiceProposal::invoiceDate)
                        .thenComparing(p -> p.runDate() == null ? p.invoiceDate() : p.runDate())
                        .thenComparing(InvoiceProposal::id))
                .forEach(p -> p.lines().stream()
                        .filter(l -> l.contract().equals(contract))
                        .forEach(l -> held.add(new HeldLine(p, l))));
        Map<RecordKey, SourceAccumulator> acc = new TreeMap<>(Comparator.comparing(RecordKey::toString));
        Map<String, PeriodicPosition.Builder> periodic = new TreeMap<>();
        for (HeldLine h : held) {
            accumulate(h, acc, periodic);
        }
        Map<RecordKey, SourcePosition> positions = new TreeMap<>(Comparator.comparing(RecordKey::toString));
        acc.forEach((k, a) -> positions.put(k, a.build()));
        Map<String, PeriodicPosition> periodicPositions = new TreeMap<>();
        periodic.forEach((k, b) -> periodicPositions.put(k, b.build()));
        return new BillingHistory(contract, positions, periodicPositions, held);
    }

    private static void accumulate(
            HeldLine h, Map<RecordKey, SourceAccumulator> acc, Map<String, PeriodicPosition.Builder> periodic) {
        ProposalLine line = h.line();
        int sign = h.sign();
        switch (line.kind()) {
            case TIME, EXPENSE, VENDOR_BILL, MARKUP, WRITE_DOWN, WRITE_UP, NTE_ADJUSTMENT -> {
                for (LineSource s : line.sources()) {
                    acc.computeIfAbsent(s.ref(), SourceAccumulator::new).add(h, s, sign);
                }
            }
            case OVERAGE -> {
                for (LineSource s : line.sources()) {
                    periodic.computeIfAbsent(overageKey(s.ref(), line.item()), k -> new PeriodicPosition.Builder())
                            .add(h, s, sign);
                    acc.computeIfAbsent(s.ref(), SourceAccumulator::new).track(h, s);
                }
            }
            case RETAINER, SUBSCRIPTION, MILESTONE ->
                periodic.computeIfAbsent(periodicKey(line.kind(), line.item()), k -> new PeriodicPosition.Builder())
                        .add(h, null, sign);
        }
    }

    public static String periodicKey(LineKind kind, String item) {
        return kind.wireName() + ":" + item;
    }

    public static String overageKey(RecordKey entry, String month) {
        return "overage:" + month + ":" + entry;
    }

    /** The latest run date among holding proposals of the contract. */
    public Optional<LocalDate> lastRunDate() {
        return lines.stream()
                .map(h -> h.proposal().runDate() == null
                        ? h.proposal().invoiceDate()
                        : h.proposal().runDate())
                .max(Comparator.naturalOrder());
    }

    public Ref contract() {
        return contract;
    }

    public Optional<SourcePosition> position(RecordKey ref) {
        return Optional.ofNullable(sources.get(ref));
    }

    /** Every record earlier proposals billed, in key order. */
    public List<SourcePosition> positions() {
        return List.copyOf(sources.values());
    }

    public Optional<PeriodicPosition> periodic(String key) {
        return Optional.ofNullable(periodic.get(key));
    }

    /** Periodic positions whose key starts with {@code prefix} ({@code "subscription:"}, {@code "overage:"}…). */
    public Map<String, PeriodicPosition> periodicStartingWith(String prefix) {
        Map<String, PeriodicPosition> found = new TreeMap<>();
        periodic.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k, v);
            }
        });
        return found;
    }

    public List<HeldLine> lines() {
        return lines;
    }

    /**
     * Net billed amount under the not-to-exceed: time lines, finance adjustments of them and
     * not-to-exceed adjustments, less credit notes; with scope {@code fees_and_expenses} also expense,
     * vendor-bill and markup lines and their adjustments.
     */
    public BigDecimal netUnderCap(NotToExceedScope scope) {
        BigDecimal total = BigDecimal.ZERO;
        for (HeldLine h : lines) {
            if (countsUnderCap(h.line(), scope)) {
                total = total.add(h.signedAmount());
            }
        }
        return total;
    }

    /** Whether a line counts under the not-to-exceed of {@code scope}. */
    public boolean countsUnderCap(ProposalLine line, NotToExceedScope scope) {
        boolean withExpenses = scope == NotToExceedScope.FEES_AND_EXPENSES;
        return switch (line.kind()) {
            case TIME, NTE_ADJUSTMENT -> true;
            case EXPENSE, VENDOR_BILL, MARKUP -> withExpenses;
            case WRITE_DOWN, WRITE_UP -> {
                if (LineReason.CAP_PER_MONTH.name().equals(line.reason())) {
                    yield withExpenses;
                }
                ProposalLine adjusted = line.refersTo() == null ? null : linesById.get(line.refersTo());
                yield adjusted == null
                        || adjusted.kind() == LineKind.TIME
                        || (withExpenses && adjusted.kind().isExpense());
            }
            default -> false;
        };
    }

    /** Net expense cost lines billed for expenses dated in {@code month} (yyyy-MM), after cap adjustments. */
    public BigDecimal expenseCostInMonth(String month) {
        BigDecimal total = BigDecimal.ZERO;
        for (HeldLine h : lines) {
            ProposalLine l = h.line();
            boolean cost = l.kind() == LineKind.EXPENSE;
            boolean cap = l.kind() == LineKind.WRITE_DOWN
                    && LineReason.CAP_PER_MONTH.name().equals(l.reason());
            if ((cost || cap) && month.equals(l.item())) {
                total = total.add(h.signedAmount());
            }
        }
        return total;
    }

    static boolean isApprovedUndelivered(InvoiceProposal p) {
        return p.status() == ProposalStatus.APPROVED;
    }

    static boolean isDeliveredUnposted(InvoiceProposal p) {
        return p.status() == ProposalStatus.DELIVERED;
    }

    /** An original line: on an invoice, not a correction (corrections carry a reason). */
    static boolean isOriginal(ProposalLine line, InvoiceProposal p) {
        return p.kind() == ProposalKind.INVOICE && line.reason() == null;
    }
}
