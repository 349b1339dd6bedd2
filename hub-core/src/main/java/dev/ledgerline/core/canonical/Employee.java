package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of an employee as the HR system knows them. {@code validFrom} is the date from which
 * this version's role, standard hourly cost and currency apply (default: the date of the version's
 * {@code occurredAt}, filled in by the reader).
 */
public record Employee(
        String name,
        String entity,
        String email,
        String role,
        String practice,
        String department,
        Ref manager,
        BigDecimal standardHourlyCost,
        String currency,
        BigDecimal weeklyCapacityHours,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate validFrom)
        implements CanonicalRecord {

    public static final BigDecimal DEFAULT_WEEKLY_CAPACITY = BigDecimal.valueOf(40);

    public Employee {
        RecordKey.requireText(name, "name");
        RecordKey.requireText(entity, "entity");
        if (weeklyCapacityHours == null) {
            weeklyCapacityHours = DEFAULT_WEEKLY_CAPACITY;
        }
    }

    @Override
    public RecordType type() {
        return RecordType.EMPLOYEE;
    }

    /** Whether the employee is employed on {@code date} (start and end inclusive, open when unset). */
    public boolean employedOn(LocalDate date) {
        return (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }
}
