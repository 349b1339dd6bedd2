package dev.ledgerline.core.canonical;

import java.math.BigDecimal;

/**
 * Retainer terms. The balance is in hours ({@link Mode#HOURS}, {@code includedHours} a month) or in
 * money ({@link Mode#AMOUNT}); the mode defaults to hours when {@code includedHours} is set.
 */
public record Retainer(
        Mode mode,
        BigDecimal monthlyAmount,
        BigDecimal includedHours,
        Integer rolloverMonths,
        BigDecimal maxRolloverHours,
        BigDecimal maxRolloverAmount,
        BigDecimal overageRate) {

    public enum Mode {
        HOURS,
        AMOUNT
    }

    public Retainer {
        if (mode == null) {
            mode = includedHours != null ? Mode.HOURS : Mode.AMOUNT;
        }
        if (mode == Mode.HOURS && includedHours == null) {
            throw new IllegalArgumentException("retainer in hours mode needs includedHours");
        }
        if (rolloverMonths == null) {
            rolloverMonths = 0;
        }
    }
}
