package dev.ledgerline.core.metrics.wip;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Age of unbilled or unapproved time at the as-of date (as-of − entry date, in days): 0–30, 31–60, 61–90, > 90. */
enum WipAge {
    DAYS_0_30("aging.0-30"),
    DAYS_31_60("aging.31-60"),
    DAYS_61_90("aging.61-90"),
    OVER_90("aging.>90");

    private final String field;

    WipAge(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    static WipAge of(LocalDate entryDate, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(entryDate, asOf);
        if (days <= 30) {
            return DAYS_0_30;
        }
        if (days <= 60) {
            return DAYS_31_60;
        }
        return days <= 90 ? DAYS_61_90 : OVER_90;
    }
}
