package dev.ledgerline.hub.projection;

import dev.ledgerline.core.metrics.Dimension;
import java.time.LocalDate;

/** The calendar keys a fact is stored with, as hub-core's dimensions name them. */
final class Calendar {

    private Calendar() {}

    static String month(LocalDate date) {
        return Dimension.MONTH.calendarKey(date);
    }

    static String week(LocalDate date) {
        return Dimension.WEEK.calendarKey(date);
    }

    static String quarter(LocalDate date) {
        return Dimension.QUARTER.calendarKey(date);
    }
}
