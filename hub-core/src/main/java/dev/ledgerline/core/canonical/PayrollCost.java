package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Actual loaded labour cost of an employee for a payroll period; replaces standard cost there. */
public record PayrollCost(Ref employee, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String currency)
        implements CanonicalRecord {

    public PayrollCost {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(amount, "amount");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("periodEnd before periodStart");
        }
    }

    @Override
    public RecordType type() {
        return RecordType.PAYROLL_COST;
    }
}
