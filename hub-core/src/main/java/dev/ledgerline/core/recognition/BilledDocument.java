package dev.ledgerline.core.recognition;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.canonical.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An invoice or credit note as recognition reads it: its date, its signed untaxed amount (credit
 * notes negative), its signed billed time value (time lines, finance adjustments of time lines and
 * not-to-exceed adjustments; expenses, markup, periodic lines and tax excluded) and its signed
 * periodic fees (retainer, subscription and milestone lines with their adjustments).
 */
public record BilledDocument(LocalDate date, BigDecimal untaxed, BigDecimal timeFees, BigDecimal periodicFees) {

    private static final Set<String> ODOO_TIME_KINDS = Set.of("time", "time_correction", "nte_writedown");
    private static final Set<String> ODOO_PERIODIC_KINDS = Set.of("retainer", "subscription", "milestone");

    public BilledDocument {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(untaxed, "untaxed");
        Objects.requireNonNull(timeFees, "timeFees");
        Objects.requireNonNull(periodicFees, "periodicFees");
    }

    /** A proposal of the hub (provisional figures use approved, delivered and posted ones). */
    public static BilledDocument of(InvoiceProposal p) {
        int sign = p.kind().sign();
        BigDecimal time = BigDecimal.ZERO;
        BigDecimal periodic = BigDecimal.ZERO;
        for (ProposalLine l : p.lines()) {
            if (isTimeFee(l, p)) {
                time = time.add(l.amount());
            } else if (isPeriodic(l, p)) {
                periodic = periodic.add(l.amount());
            }
        }
        BigDecimal untaxed = p.untaxedAmount();
        return new BilledDocument(p.invoiceDate(), signed(untaxed, sign), signed(time, sign), signed(periodic, sign));
    }

    /** A document pulled back from Odoo (final figures use posted ones). */
    public static BilledDocument of(Invoice invoice) {
        int sign = invoice.isCreditNote() ? -1 : 1;
        Map<Integer, String> kinds = new HashMap<>();
        invoice.lines().forEach(l -> kinds.put(l.line(), l.kind() == null ? "" : l.kind()));
        BigDecimal time = BigDecimal.ZERO;
        BigDecimal periodic = BigDecimal.ZERO;
        for (Invoice.Line l : invoice.lines()) {
            String kind = l.kind() == null ? "" : l.kind();
            boolean adjustment = kind.equals("writedown") || kind.equals("writeup");
            String adjusted = adjustment && l.adjustsLine() != null ? kinds.getOrDefault(l.adjustsLine(), "") : "";
            if (ODOO_TIME_KINDS.contains(kind) || ODOO_TIME_KINDS.contains(adjusted)) {
                time = time.add(l.amount());
            } else if (ODOO_PERIODIC_KINDS.contains(kind) || ODOO_PERIODIC_KINDS.contains(adjusted)) {
                periodic = periodic.add(l.amount());
            }
        }
        BigDecimal untaxed = invoice.amountUntaxed() == null ? BigDecimal.ZERO : invoice.amountUntaxed();
        return new BilledDocument(
                invoice.invoiceDate(), signed(untaxed, sign), signed(time, sign), signed(periodic, sign));
    }

    public static List<BilledDocument> ofProposals(List<InvoiceProposal> proposals) {
        return proposals.stream().map(BilledDocument::of).toList();
    }

    private static BigDecimal signed(BigDecimal amount, int sign) {
        return sign > 0 ? amount : amount.negate();
    }

    private static boolean isPeriodic(ProposalLine l, InvoiceProposal p) {
        return switch (l.kind()) {
            case RETAINER, SUBSCRIPTION, MILESTONE -> true;
            case WRITE_DOWN, WRITE_UP ->
                l.refersTo() != null
                        && p.line(l.refersTo())
                                .map(a -> a.kind() == LineKind.RETAINER
                                        || a.kind() == LineKind.SUBSCRIPTION
                                        || a.kind() == LineKind.MILESTONE)
                                .orElse(false);
            default -> false;
        };
    }

    private static boolean isTimeFee(ProposalLine l, InvoiceProposal p) {
        return switch (l.kind()) {
            case TIME, NTE_ADJUSTMENT -> true;
            case WRITE_DOWN, WRITE_UP ->
                l.refersTo() != null
                        && p.line(l.refersTo())
                                .map(a -> a.kind() == LineKind.TIME)
                                .orElse(false);
            default -> false;
        };
    }

    /** Σ untaxed of the documents dated on or before {@code date}. */
    static BigDecimal untaxedTo(List<BilledDocument> docs, LocalDate date) {
        return docs.stream()
                .filter(d -> !d.date().isAfter(date))
                .map(BilledDocument::untaxed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ periodic fees of the documents dated on or before {@code date}. */
    static BigDecimal periodicTo(List<BilledDocument> docs, LocalDate date) {
        return docs.stream()
                .filter(d -> !d.date().isAfter(date))
                .map(BilledDocument::periodicFees)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ time fees of the documents dated from {@code from} to {@code to} inclusive. */
    static BigDecimal timeFees(List<BilledDocument> docs, LocalDate from, LocalDate to) {
        return docs.stream()
                .filter(d ->
                        (from == null || !d.date().isBefore(from)) && !d.date().isAfter(to))
                .map(BilledDocument::timeFees)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
