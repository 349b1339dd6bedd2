package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One employee of the demo firm as generated: HR data, the cost change some have in the period, and
 * how much of a day's available hours they usually log ({@code utilisationLow}–{@code High} %).
 */
record StaffMember(
        int index,
        String id,
        String name,
        String email,
        String entity,
        String role,
        String practice,
        String department,
        String managerId,
        BigDecimal cost,
        BigDecimal weeklyHours,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate costChangeFrom,
        BigDecimal costAfterChange,
        int utilisationLow,
        int utilisationHigh,
        BigDecimal payrollFactor) {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    BigDecimal dailyCapacity() {
        return weeklyHours.divide(FIVE, 2, RoundingMode.UNNECESSARY);
    }

    boolean employedOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    BigDecimal costOn(LocalDate date) {
        return costChangeFrom != null && !date.isBefore(costChangeFrom) ? costAfterChange : cost;
    }

    String currency() {
        return Entities.currency(entity);
    }
}
