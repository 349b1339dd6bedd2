package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.InvoiceDispute;
import dev.ledgerline.core.canonical.InvoiceReference;
import dev.ledgerline.core.canonical.Payment;
import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Readers of what sources say about invoices: payments and disputes. */
final class InvoiceReaders {

    private InvoiceReaders() {}

    static Payment payment(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        InvoiceReference invoice = invoiceReference(f);
        BigDecimal amount = Checks.positive(f, "amount", f.decimal("amount", true));
        String currency = f.currency("currency", true);
        LocalDate date = f.date("date", true);
        String method = f.text("method", false);
        String reference = f.text("reference", false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new Payment(invoice, amount, currency, date, method, reference);
    }

    static InvoiceDispute invoiceDispute(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        InvoiceReference invoice = invoiceReference(f);
        String reason = f.text("reason", true);
        LocalDate raisedOn = f.date("raisedOn", false);
        List<String> lines = f.texts("disputedLines");
        InvoiceDispute.Status status = f.enumValue("status", InvoiceDispute.Status.class, false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new InvoiceDispute(invoice, reason, raisedOn, lines, status);
    }

    /** An invoice id or number as text, or {@code {"contract", "runDate", "project"?}}. */
    private static InvoiceReference invoiceReference(Fields f) {
        if (!f.has("invoice") || f.isText("invoice")) {
            String id = f.text("invoice", true);
            return id == null ? null : new InvoiceReference.ById(id);
        }
        Fields run = f.object("invoice", true);
        if (run == null) {
            return null;
        }
        Ref contract = run.ref("contract", true);
        LocalDate runDate = run.date("runDate", true);
        Ref project = run.ref("project", false);
        return contract == null || runDate == null ? null : new InvoiceReference.ByRun(contract, runDate, project);
    }
}
