package dev.ledgerline.odoo.sandbox.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Odoo's {@code float_round} on binary floating point, as its monetary fields and tax computation apply it:
 * the value is scaled to whole steps, nudged away from zero by an epsilon proportional to its magnitude, and
 * rounded half away from zero. The epsilon is what makes {@code 57.495} (stored as {@code 57.49499999…}) round
 * to {@code 57.50} as in Odoo, where rounding the exact decimal of the double would give {@code 57.49}.
 */
public final class FloatRounding {
    /** The rounding of USD and EUR, and of every company currency of a fresh database. */
    public static final double CENT = 0.01;

    private FloatRounding() {}

    /** {@code float_round(value, precision_rounding=rounding)} with Odoo's default HALF-UP method. */
    public static double round(double value, double rounding) {
        if (rounding == 0 || value == 0) {
            return 0.0;
        }
        boolean inverted = rounding < 1;
        double factor = inverted ? invert(rounding) : rounding;
        double normalized = inverted ? value * factor : value / factor;
        double epsilon = Math.pow(2, log2(Math.abs(normalized)) - 50);
        double rounded = halfAwayFromZero(normalized + Math.copySign(epsilon, normalized));
        return inverted ? rounded / factor : rounded * factor;
    }

    /** {@code round(value, rounding)} to cents. */
    public static double cents(double value) {
        return round(value, CENT);
    }

    /** Odoo's {@code float_is_zero}: the value rounds to nothing at the rounding. */
    public static boolean isZero(double value, double rounding) {
        return Math.abs(round(value, rounding)) < rounding;
    }

    /** Odoo's {@code float_compare} after rounding both values. */
    public static int compare(double a, double b, double rounding) {
        double delta = round(a, rounding) - round(b, rounding);
        return isZero(delta, rounding) ? 0 : delta < 0 ? -1 : 1;
    }

    /** Python 2's {@code round}: the exact double rounded half away from zero. */
    private static double halfAwayFromZero(double value) {
        return new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).doubleValue();
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    /** Odoo's {@code float_invert}: exact for 10^-n, else through the printed coefficient and exponent. */
    private static double invert(double value) {
        for (int exponent = 1; exponent <= 10; exponent++) {
            for (int coefficient : new int[] {1, 2, 5}) {
                if (value == Double.parseDouble(coefficient + "e-" + exponent)) {
                    return coefficient == 1
                            ? Double.parseDouble("1e+" + exponent)
                            : Double.parseDouble((10 / coefficient) + "e+" + (exponent - 1));
                }
            }
        }
        String[] printed = String.format(Locale.ROOT, "%.15e", value).split("e");
        double coefficient = Double.parseDouble(printed[0]);
        return Double.parseDouble(printed[0] + "e" + (-Integer.parseInt(printed[1]))) / (coefficient * coefficient);
    }
}
