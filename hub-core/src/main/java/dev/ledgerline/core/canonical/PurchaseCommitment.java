package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Cost committed to a vendor but not yet billed, for forecast margin. */
public record PurchaseCommitment(
        String vendor, Ref project, BigDecimal amount, String currency, LocalDate date, String description)
        implements CanonicalRecord {

    public PurchaseCommitment {
        RecordKey.requireText(vendor, "vendor");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(amount, "amount");
        RecordKey.requireText(currency, "currency");
    }

    @Override
    public RecordType type() {
        return RecordType.PURCHASE_COMMITMENT;
    }
}
