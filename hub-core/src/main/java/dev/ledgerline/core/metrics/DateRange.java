package dev.ledgerline.core.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A span of calendar days, both ends inclusive. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
        }
    }

    public static DateRange of(ReportQuery query) {
        return new DateRange(query.from(), query.to());
    }

    public static DateRange month(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    /** Everything up to and including {@code date}. */
    public static DateRange upTo(LocalDate date) {
        return new DateRange(LocalDate.of(1, 1, 1), date);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean overlaps(DateRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** The part of this range inside {@code other}; call only when they overlap. */
    public DateRange intersect(DateRange other) {
        return new DateRange(from.isAfter(other.from) ? from : other.from, to.isBefore(other.to) ? to : other.to);
    }

    /** The calendar months this range touches, each clipped to the range. */
    public List<DateRange> months() {
        List<DateRange> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            months.add(month(m).intersect(this));
        }
        return months;
    }

    /** The calendar quarters this range touches, each clipped to the range. */
    public List<DateRange> quarters() {
        List<DateRange> quarters = new ArrayList<>();
        LocalDate start =
                from.withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        for (LocalDate q = start; !q.isAfter(to); q = q.plusMonths(3)) {
            quarters.add(new DateRange(q, q.plusMonths(3).minusDays(1)).intersect(this));
        }
        return quarters;
    }
}
