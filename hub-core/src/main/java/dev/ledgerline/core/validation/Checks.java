package dev.ledgerline.core.validation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Range rules shared by the type readers. */
final class Checks {

    static final BigDecimal MAX_HOURS_A_DAY = BigDecimal.valueOf(24);

    private Checks() {}

    /** Hours of one day: > 0 and ≤ 24. */
    static BigDecimal hoursOfADay(Fields f, String name, BigDecimal hours) {
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS_A_DAY) > 0)) {
            f.problem(ErrorCode.INVALID_VALUE, name, name + " must be more than 0 and at most 24");
            return null;
        }
        return hours;
    }

    static BigDecimal positive(Fields f, String name, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            f.problem(ErrorCode.INVALID_VALUE, name, name + " must be more than 0");
            return null;
        }
        return value;
    }

    static BigDecimal notNegative(Fields f, String name, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            f.problem(ErrorCode.INVALID_VALUE, name, name + " must not be negative");
            return null;
        }
        return value;
    }

    /** {@code end} on or after {@code start}, both optional. */
    static void ordered(Fields f, String endName, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            f.problem(ErrorCode.INVALID_VALUE, endName, endName + " must not be before the start");
        }
    }

    /** Whether a type reader added no problem since {@code before}. */
    static boolean clean(Fields f, int before) {
        return f.problems().size() == before;
    }
}
