package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A payment on an invoice known to a source, such as a billing portal; in the invoice's currency. */
public record Payment(
        InvoiceReference invoice, BigDecimal amount, String currency, LocalDate date, String method, String reference)
        implements CanonicalRecord {

    public Payment {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(amount, "amount");
        RecordKey.requireText(currency, "currency");
        Objects.requireNonNull(date, "date");
    }

    @Override
    public RecordType type() {
        return RecordType.PAYMENT;
    }
}
