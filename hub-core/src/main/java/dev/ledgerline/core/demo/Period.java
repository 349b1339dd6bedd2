package dev.ledgerline.core.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated months, first day to last. Story events are placed at a share of the period
 * ({@link #at}) so that they stay inside it whatever its length.
 */
record Period(LocalDate start, LocalDate end) {

    static Period of(YearMonth first, int months) {
        return new Period(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
    }

    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The day {@code percent} of the way through the period. */
    LocalDate at(int percent) {
        return start.plusDays((days() - 1) * percent / 100);
    }

    /** Like {@link #at}, moved forward to a Monday–Friday. */
    LocalDate weekdayAt(int percent) {
        return weekdayOnOrAfter(at(percent));
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    int monthCount() {
        return months().size();
    }

    /** Months since the start, 0 for the first month. */
    int monthIndex(LocalDate date) {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(date));
    }

    /** The first day of the month in the middle of the period. */
    LocalDate middleMonthStart() {
        return start.plusMonths(monthCount() / 2);
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate weekdayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWeekday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The weekday {@code n} weekdays after {@code date} (n ≥ 1). */
    static LocalDate weekdaysAfter(LocalDate date, int n) {
        LocalDate d = date;
        for (int i = 0; i < n; i++) {
            d = weekdayOnOrAfter(d.plusDays(1));
        }
        return d;
    }
}
