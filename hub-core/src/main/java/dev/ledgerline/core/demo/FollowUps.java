package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The billing portal's records about invoices: most clients pay their posted invoices around the
 * due date (some early, some late; Globex pays only half of its first invoice, leaving the rest
 * overdue), and Initech disputes its
 * first invoice of the rounded, summarized contract, which it then leaves unpaid.
 */
final class FollowUps {

    private FollowUps() {}

    static List<SourceRecord> of(List<Invoice> invoices, Instant asOf, long seed) {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        List<Invoice> posted = invoices.stream()
                .filter(i -> i.isPosted() && !i.isCreditNote() && i.invoiceDate() != null)
                .sorted(Comparator.comparing(Invoice::invoiceDate).thenComparing(Invoice::number))
                .toList();
        List<SourceRecord> records = new ArrayList<>();
        Invoice disputed = posted.stream()
                .filter(i -> i.contract() != null
                        && ("crm:" + StoryIds.K_INITECH_TM).equals(i.contract().toString()))
                .findFirst()
                .orElse(null);
        if (disputed != null) {
            LocalDate raised = min(disputed.invoiceDate().plusDays(10), today);
            records.add(SourceRecord.first(
                    Sources.PORTAL,
                    RecordType.INVOICE_DISPUTE,
                    "DSP-" + key(disputed.number()),
                    Moments.at(raised, 10, 0, disputed.entity() == null ? Entities.US : disputed.entity()),
                    disputed.entity(),
                    DataTree.data()
                            .put("invoice", disputed.number())
                            .put("reason", "UAT rework hours should not have been billed")
                            .put("raisedOn", raised)
                            .putTexts(
                                    "disputedLines",
                                    disputed.lines().isEmpty()
                                            ? null
                                            : List.of(String.valueOf(
                                                    disputed.lines().getFirst().line())))
                            .put("status", "open")));
        }
        boolean halfPaid = false;
        for (Invoice invoice : posted) {
            if (invoice == disputed
                    || invoice.amountResidual() == null
                    || invoice.amountResidual().signum() <= 0) {
                continue;
            }
            Dice dice = Dice.of(seed, "payment:" + invoice.number());
            LocalDate due =
                    invoice.invoiceDateDue() == null ? invoice.invoiceDate().plusDays(30) : invoice.invoiceDateDue();
            LocalDate paid = due.plusDays(dice.between(-12, 20));
            if (paid.isAfter(today)) {
                continue;
            }
            String entity = invoice.entity() == null ? Entities.US : invoice.entity();
            boolean half = !halfPaid
                    && invoice.customer() != null
                    && ("crm:" + StoryClients.GLOBEX).equals(invoice.customer().toString());
            BigDecimal amount = half
                    ? invoice.amountResidual().divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP)
                    : invoice.amountResidual();
            records.add(payment("PAY-" + key(invoice.number()), invoice, amount, paid, entity));
            halfPaid |= half;
        }
        return records;
    }

    private static SourceRecord payment(String id, Invoice invoice, BigDecimal amount, LocalDate date, String entity) {
        return SourceRecord.first(
                Sources.PORTAL,
                RecordType.PAYMENT,
                id,
                Moments.at(date, 14, 0, entity),
                entity,
                DataTree.data()
                        .put("invoice", invoice.number())
                        .put("amount", amount)
                        .put("currency", invoice.currency())
                        .put("date", date)
                        .put("method", "bank_transfer")
                        .put("reference", invoice.number()));
    }

    private static String key(String number) {
        return number.replaceAll("[^A-Za-z0-9]", "-");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
