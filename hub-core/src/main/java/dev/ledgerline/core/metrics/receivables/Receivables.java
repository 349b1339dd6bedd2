package dev.ledgerline.core.metrics.receivables;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Invoice.PaymentApplied;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.metrics.HeldRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Posted customer invoices and credit notes as pulled back from Odoo, and what is open on each at a
 * date: total less the payments and credit notes applied with a date on or before it.
 *
 * <p>A credit note is applied to an invoice where either document lists the other among its
 * {@code payments} (Odoo shows a reconciled credit note in the invoice's payments and the other way
 * round; counted once), else, when nothing lists it, to the invoice it {@code reverses} on its own
 * date, up to what that invoice still owes. What a credit note has not applied or refunded, and an
 * invoice's overpayment, are unapplied credits. Payments known only to a source are not read here:
 * once delivered they are Odoo payments on the invoice.
 */
public final class Receivables {

    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Invoice> creditNotes = new ArrayList<>();
    private final Map<String, Invoice> byKey = new HashMap<>();

    public Receivables(HeldRecords held) {
        for (RecordVersion<Invoice> v : held.all(RecordType.INVOICE, Invoice.class)) {
            Invoice doc = v.data();
            if (!doc.isPosted() || doc.invoiceDate() == null) {
                continue;
            }
            (doc.isCreditNote() ? creditNotes : invoices).add(doc);
            byKey.put(key(doc.entity(), doc.number()), doc);
        }
    }

    /** Posted invoices (not credit notes), in key order. */
    public List<Invoice> invoices() {
        return invoices;
    }

    /** Posted credit notes, in key order. */
    public List<Invoice> creditNotes() {
        return creditNotes;
    }

    /** The one posted document whose Odoo number or hub reference is {@code numberOrHubRef}, in any entity. */
    public Optional<Invoice> find(String numberOrHubRef) {
        List<Invoice> found = byKey.values().stream()
                .filter(d -> numberOrHubRef.equals(d.number()) || numberOrHubRef.equals(d.hubRef()))
                .toList();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** The real payments on an invoice (credit-note applications excluded) dated on or before {@code date}. */
    public BigDecimal cashReceived(Invoice invoice, LocalDate date) {
        return invoice.payments().stream()
                .filter(p -> !p.date().isAfter(date) && !isDocument(invoice.entity(), p.payment()))
                .map(PaymentApplied::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The real payments on an invoice, credit-note applications excluded, in the order listed. */
    public List<PaymentApplied> cashPayments(Invoice invoice) {
        return invoice.payments().stream()
                .filter(p -> !isDocument(invoice.entity(), p.payment()))
                .toList();
    }

    /** Every document with something open at the end of {@code date}, invoices first, in key order. */
    public List<OpenItem> openAt(LocalDate date) {
        Map<String, BigDecimal> settled = new HashMap<>();
        Map<String, BigDecimal> creditUsed = new HashMap<>();
        Set<String> listedPairs = new HashSet<>();
        Set<String> listedCredits = new HashSet<>();
        for (Invoice inv : invoices) {
            for (PaymentApplied p : inv.payments()) {
                if (isDocument(inv.entity(), p.payment())) {
                    listedPairs.add(pair(inv.entity(), inv.number(), p.payment()));
                    listedCredits.add(key(inv.entity(), p.payment()));
                }
                if (!p.date().isAfter(date)) {
                    settled.merge(key(inv), p.amount(), BigDecimal::add);
                    if (isDocument(inv.entity(), p.payment())) {
                        creditUsed.merge(key(inv.entity(), p.payment()), p.amount(), BigDecimal::add);
                    }
                }
            }
        }
        for (Invoice cn : creditNotes) {
            for (PaymentApplied p : cn.payments()) {
                if (!isDocument(cn.entity(), p.payment())) {
                    continue;
                }
                listedCredits.add(key(cn));
                if (!listedPairs.contains(pair(cn.entity(), p.payment(), cn.number()))
                        && !p.date().isAfter(date)) {
                    settled.merge(key(cn.entity(), p.payment()), p.amount(), BigDecimal::add);
                    creditUsed.merge(key(cn), p.amount(), BigDecimal::add);
                }
            }
        }
        for (Invoice cn : creditNotes) {
            if (listedCredits.contains(key(cn))
                    || cn.reverses() == null
                    || cn.invoiceDate().isAfter(date)) {
                continue;
            }
            Invoice reversed = byKey.get(key(cn.entity(), cn.reverses()));
            if (reversed == null
                    || reversed.isCreditNote()
                    || reversed.invoiceDate().isAfter(date)) {
                continue;
            }
            BigDecimal owed = reversed.amountTotal().subtract(settled.getOrDefault(key(reversed), BigDecimal.ZERO));
            BigDecimal available = cn.amountTotal().subtract(refunded(cn, date));
            BigDecimal applied = owed.min(available).max(BigDecimal.ZERO);
            settled.merge(key(reversed), applied, BigDecimal::add);
            creditUsed.merge(key(cn), applied, BigDecimal::add);
        }
        List<OpenItem> open = new ArrayList<>();
        for (Invoice inv : invoices) {
            if (inv.invoiceDate().isAfter(date)) {
                continue;
            }
            BigDecimal residual = inv.amountTotal().subtract(settled.getOrDefault(key(inv), BigDecimal.ZERO));
            if (residual.signum() != 0) {
                open.add(new OpenItem(inv, residual, residual.signum() < 0));
            }
        }
        for (Invoice cn : creditNotes) {
            if (cn.invoiceDate().isAfter(date)) {
                continue;
            }
            BigDecimal unused = cn.amountTotal()
                    .subtract(refunded(cn, date))
                    .subtract(creditUsed.getOrDefault(key(cn), BigDecimal.ZERO));
            if (unused.signum() > 0) {
                open.add(new OpenItem(cn, unused.negate(), true));
            }
        }
        return open;
    }

    /** Money paid back to the customer on a credit note, dated on or before {@code date}. */
    private BigDecimal refunded(Invoice cn, LocalDate date) {
        return cashReceived(cn, date);
    }

    private boolean isDocument(String entity, String paymentName) {
        return paymentName != null && byKey.containsKey(key(entity, paymentName));
    }

    private static String key(Invoice doc) {
        return key(doc.entity(), doc.number());
    }

    private static String key(String entity, String number) {
        return entity + "\u0000" + number;
    }

    private static String pair(String entity, String invoice, String credit) {
        return entity + "\u0000" + invoice + "\u0000" + credit;
    }
}
