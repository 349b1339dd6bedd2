package dev.ledgerline.core.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Working days of the firm's offices: Monday to Friday less the office's public holidays. New York's
 * holidays are the {@code us} entity's holiday calendar; Munich's reach the hub as leave.
 */
final class Calendars {

    private final Map<Integer, Set<LocalDate>> newYork = new HashMap<>();
    private final Map<Integer, Set<LocalDate>> munich = new HashMap<>();

    boolean isWorkingDay(String entity, LocalDate date) {
        return Period.isWeekday(date) && !isPublicHoliday(entity, date);
    }

    boolean isPublicHoliday(String entity, LocalDate date) {
        return Entities.US.equals(entity)
                ? newYork.computeIfAbsent(
                                date.getYear(), y -> PublicHolidays.newYork(y).keySet())
                        .contains(date)
                : munich.computeIfAbsent(
                                date.getYear(), y -> PublicHolidays.munich(y).keySet())
                        .contains(date);
    }
}
