package dev.ledgerline.core.demo;

import java.time.LocalDate;

/**
 * An employee's staffing on a project: a relative weight of their time, the window in which they
 * work on it, and per-month factors (cycled) for projects whose load varies from month to month.
 */
record Assignment(String employeeId, String projectId, int weight, LocalDate from, LocalDate to, int[] monthFactors) {

    private static final int[] FLAT = {100};

    Assignment {
        monthFactors = monthFactors == null || monthFactors.length == 0 ? FLAT : monthFactors.clone();
    }

    static Assignment of(String employeeId, String projectId, int weight) {
        return new Assignment(employeeId, projectId, weight, null, null, null);
    }

    Assignment between(LocalDate start, LocalDate end) {
        return new Assignment(employeeId, projectId, weight, start, end, monthFactors);
    }

    Assignment varying(int... factors) {
        return new Assignment(employeeId, projectId, weight, from, to, factors);
    }

    boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The weight on a day in month {@code monthIndex} of the period (weight × factor %). */
    int weightIn(int monthIndex) {
        return weight * monthFactors[Math.floorMod(monthIndex, monthFactors.length)];
    }
}
