package dev.ledgerline.core.canonical;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A client's dispute of an invoice, shown on the invoice and in AR. */
public record InvoiceDispute(
        InvoiceReference invoice, String reason, LocalDate raisedOn, List<String> disputedLines, Status status)
        implements CanonicalRecord {

    public enum Status {
        OPEN,
        RESOLVED
    }

    public InvoiceDispute {
        Objects.requireNonNull(invoice, "invoice");
        RecordKey.requireText(reason, "reason");
        disputedLines = disputedLines == null ? List.of() : List.copyOf(disputedLines);
        if (status == null) {
            status = Status.OPEN;
        }
    }

    @Override
    public RecordType type() {
        return RecordType.INVOICE_DISPUTE;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
