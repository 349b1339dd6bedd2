package dev.ledgerline.core.firm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A legal entity of the firm: its currency, time zone, working-day and holiday calendars, locked
 * periods and the two policies domain.md makes per entity.
 */
public record EntitySettings(
        String id,
        String currency,
        ZoneId timeZone,
        Set<DayOfWeek> workingDays,
        Set<LocalDate> holidays,
        boolean hasHolidayCalendar,
        List<PeriodLock> periodLocks,
        TmRevenue tmRevenue,
        LockPolicy lockPolicy,
        String groupCurrency) {

    /** Basis of time-and-materials revenue. */
    public enum TmRevenue {
        AS_BILLED,
        AS_PERFORMED
    }

    /** What happens to a change dated in a locked period. */
    public enum LockPolicy {
        BOOK_IN_OPEN_PERIOD,
        REJECT
    }

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public EntitySettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        workingDays = workingDays == null || workingDays.isEmpty() ? MONDAY_TO_FRIDAY : Set.copyOf(workingDays);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        periodLocks = periodLocks == null ? List.of() : List.copyOf(periodLocks);
        tmRevenue = tmRevenue == null ? TmRevenue.AS_BILLED : tmRevenue;
        lockPolicy = lockPolicy == null ? LockPolicy.BOOK_IN_OPEN_PERIOD : lockPolicy;
    }

    /** An entity with every default: UTC, Monday–Friday, no holidays, no locks, as billed, book in open period. */
    public static EntitySettings of(String id, String currency) {
        return new EntitySettings(id, currency, null, null, null, false, null, null, null, null);
    }

    /** Whether {@code date} is a working day: a working weekday that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Whether {@code date} falls in a locked period. */
    public boolean isLocked(LocalDate date) {
        return periodLocks.stream().anyMatch(lock -> lock.contains(date));
    }

    /** The first date on or after {@code date} that is not in a locked period. */
    public LocalDate firstOpenDateOnOrAfter(LocalDate date) {
        LocalDate d = date;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (PeriodLock lock : periodLocks) {
                if (lock.contains(d)) {
                    d = lock.to().plusDays(1);
                    moved = true;
                }
            }
        }
        return d;
    }
}
