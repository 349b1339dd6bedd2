package dev.ledgerline.core.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays of the demo firm's two offices, computed from their rules so that any period
 * gets the right dates: New York (federal holidays, moved to the nearest weekday when they fall on a
 * weekend) and Munich (Bavarian holidays, Easter-based ones included).
 */
final class PublicHolidays {

    private PublicHolidays() {}

    /** US federal holidays of {@code year}, observed dates, with their names. */
    static Map<LocalDate, String> newYork(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(observed(LocalDate.of(year, 1, 1)), "New Year's Day");
        days.put(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Martin Luther King Jr. Day");
        days.put(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Presidents' Day");
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Memorial Day");
        days.put(observed(LocalDate.of(year, 6, 19)), "Juneteenth");
        days.put(observed(LocalDate.of(year, 7, 4)), "Independence Day");
        days.put(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
        days.put(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day");
        days.put(observed(LocalDate.of(year, 12, 25)), "Christmas Day");
        return days;
    }

    /** Public holidays in Munich (Bavaria) of {@code year}, with their names. */
    static Map<LocalDate, String> munich(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "Neujahr");
        days.put(LocalDate.of(year, 1, 6), "Heilige Drei Könige");
        days.put(easter.minusDays(2), "Karfreitag");
        days.put(easter.plusDays(1), "Ostermontag");
        days.put(LocalDate.of(year, 5, 1), "Tag der Arbeit");
        days.put(easter.plusDays(39), "Christi Himmelfahrt");
        days.put(easter.plusDays(50), "Pfingstmontag");
        days.put(easter.plusDays(60), "Fronleichnam");
        days.put(LocalDate.of(year, 8, 15), "Mariä Himmelfahrt");
        days.put(LocalDate.of(year, 10, 3), "Tag der Deutschen Einheit");
        days.put(LocalDate.of(year, 11, 1), "Allerheiligen");
        days.put(LocalDate.of(year, 12, 25), "1. Weihnachtstag");
        days.put(LocalDate.of(year, 12, 26), "2. Weihnachtstag");
        return days;
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static LocalDate observed(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
