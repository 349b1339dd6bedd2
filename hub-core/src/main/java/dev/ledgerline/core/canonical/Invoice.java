package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A customer invoice or credit note as pulled back from Odoo (source {@code odoo}, key = Odoo
 * number). Reports read posted amounts, payments and dates from here; {@code hubRef}, line
 * {@code kind} and {@code entries} are set only on documents the hub created.
 */
public record Invoice(
        String number,
        MoveType moveType,
        String state,
        String paymentState,
        String hubRef,
        String reverses,
        String entity,
        Ref customer,
        Ref contract,
        Ref project,
        LocalDate invoiceDate,
        LocalDate invoiceDateDue,
        Instant postedAt,
        String currency,
        BigDecimal amountUntaxed,
        BigDecimal amountTax,
        BigDecimal amountTotal,
        BigDecimal amountResidual,
        List<Line> lines,
        List<PaymentApplied> payments)
        implements CanonicalRecord {

    public enum MoveType {
        OUT_INVOICE,
        OUT_REFUND
    }

    /** One invoice line; {@code kind} as in contract.md ({@code time}, {@code expense}, {@code writedown}…). */
    public record Line(
            int line,
            String kind,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            BigDecimal tax,
            List<RecordKey> entries,
            Integer adjustsLine,
            Integer reversesLine) {

        public Line {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }

    /** A payment applied to this invoice. */
    public record PaymentApplied(String payment, LocalDate date, BigDecimal amount, String currency) {}

    public Invoice {
        RecordKey.requireText(number, "number");
        Objects.requireNonNull(moveType, "moveType");
        lines = lines == null ? List.of() : List.copyOf(lines);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    @Override
    public RecordType type() {
        return RecordType.INVOICE;
    }

    public boolean isPosted() {
        return "posted".equals(state);
    }

    public boolean isCreditNote() {
        return moveType == MoveType.OUT_REFUND;
    }
}
