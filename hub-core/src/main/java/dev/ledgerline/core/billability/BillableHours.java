package dev.ledgerline.core.billability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Recorded hours rounded up to the contract's {@code roundingIncrementHours}. */
public final class BillableHours {

    private BillableHours() {}

    /**
     * {@code recorded} rounded up to a multiple of {@code increment}; {@code recorded} itself when the
     * increment is not set (null or not positive).
     */
    public static BigDecimal of(BigDecimal recorded, BigDecimal increment) {
        Objects.requireNonNull(recorded, "recorded");
        if (increment == null || increment.signum() <= 0) {
            return recorded;
        }
        BigDecimal steps = recorded.divide(increment, 0, RoundingMode.CEILING);
        return steps.multiply(increment);
    }
}
