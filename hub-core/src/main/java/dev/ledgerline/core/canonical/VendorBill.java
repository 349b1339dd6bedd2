package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A subcontractor or procurement cost on a project; {@code approved} bills are posted and billed. */
public record VendorBill(
        String vendor,
        Ref project,
        LocalDate date,
        BigDecimal amount,
        String currency,
        String description,
        Boolean billable,
        BigDecimal markupPercent,
        Ref commitment,
        Status status)
        implements CanonicalRecord {

    public enum Status {
        DRAFT,
        SUBMITTED,
        APPROVED,
        REJECTED
    }

    public VendorBill {
        RecordKey.requireText(vendor, "vendor");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        RecordKey.requireText(currency, "currency");
        if (status == null) {
            status = Status.SUBMITTED;
        }
    }

    @Override
    public RecordType type() {
        return RecordType.VENDOR_BILL;
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }
}
