package dev.ledgerline.hub.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Unrounded amounts as the fact columns keep them ({@code DECIMAL(38, 16)}): a product of hours and
 * a rate fits exactly; a converted amount (a DECIMAL128 quotient) keeps 16 decimals, far below the
 * cent its sum is rounded to.
 */
final class Exact {

    static final int SCALE = 16;

    private Exact() {}

    static BigDecimal forColumn(BigDecimal value) {
        return value == null || value.scale() <= SCALE ? value : value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
