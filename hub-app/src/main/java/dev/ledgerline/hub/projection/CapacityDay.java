package dev.ledgerline.hub.projection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code fact_capacity_day}: a working day of an employee with the attributes valid on it. */
record CapacityDay(
        String employee,
        LocalDate date,
        String entity,
        String practice,
        String role,
        BigDecimal workingHours,
        BigDecimal leaveHours,
        BigDecimal capacityHours) {}
