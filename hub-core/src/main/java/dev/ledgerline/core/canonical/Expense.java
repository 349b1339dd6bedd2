package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An out-of-pocket cost on a project, by an employee or a vendor. */
public record Expense(
        Ref employee,
        String vendor,
        Ref project,
        LocalDate date,
        BigDecimal amount,
        String currency,
        String category,
        String description,
        Boolean billable,
        Status status,
        String receiptRef)
        implements CanonicalRecord {

    public enum Status {
        SUBMITTED,
        APPROVED,
        REJECTED,
        REIMBURSED
    }

    public Expense {
        if (employee == null && (vendor == null || vendor.isBlank())) {
            throw new IllegalArgumentException("an expense needs an employee or a vendor");
        }
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
        return RecordType.EXPENSE;
    }

    /** Approved and reimbursed expenses are cost (and billable when the policy says so). */
    public boolean isApproved() {
        return status == Status.APPROVED || status == Status.REIMBURSED;
    }
}
