package dev.ledgerline.core.firm;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A locked period, both ends inclusive: no financial record may be dated inside it. */
public record PeriodLock(LocalDate from, LocalDate to) {

    public PeriodLock {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("lock ends before it starts");
        }
    }

    public static PeriodLock month(YearMonth month) {
        return new PeriodLock(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
