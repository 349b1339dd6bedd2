package dev.ledgerline.core.billing.retainer;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** Month labels on invoice lines ("January 2026"). */
public final class Months {

    private Months() {}

    public static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
