package dev.ledgerline.core.capacity;

import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An employee's capacity on one working day: {@code weeklyCapacityHours / 5}, less approved leave
 * capped at that amount.
 */
public record DayCapacity(Ref employee, LocalDate date, BigDecimal workingHours, BigDecimal leaveHours) {

    public static DayCapacity of(Ref employee, LocalDate date, BigDecimal workingHours, BigDecimal leaveOnDay) {
        return new DayCapacity(employee, date, workingHours, leaveOnDay.min(workingHours));
    }

    public BigDecimal capacityHours() {
        return workingHours.subtract(leaveHours);
    }
}
