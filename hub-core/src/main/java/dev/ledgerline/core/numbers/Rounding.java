package dev.ledgerline.core.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rounding conventions of the domain rules: divisions at {@link MathContext#DECIMAL128}, never
 * rounded before the figure they produce; money to the cent, HALF_UP (ties away from zero, also
 * for negative amounts); ratios to 4 decimals and percentages, rates per hour and day counts to 2,
 * only when reported.
 */
public final class Rounding {

    public static final MathContext DIVISION = MathContext.DECIMAL128;

    private Rounding() {}

    /** {@code round(x)}: HALF_UP to 2 decimals. */
    public static BigDecimal cents(BigDecimal x) {
        return x.setScale(2, RoundingMode.HALF_UP);
    }

    /** A ratio as reported: a fraction to 4 decimals. */
    public static BigDecimal ratio(BigDecimal x) {
        return x.setScale(4, RoundingMode.HALF_UP);
    }

    /** A percentage, an amount per hour or a day count as reported: 2 decimals. */
    public static BigDecimal twoDecimals(BigDecimal x) {
        return x.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code a / b} carried at 34 significant digits; null when {@code b} is zero. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.divide(b, DIVISION);
    }
}
