package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.PayrollCost;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A part of a payroll period treated as a payroll period of its own. A period spanning months is
 * split at each month start (and at any other boundary asked for, such as a report's first and last
 * day) pro rata to calendar days. The parts are rounded cumulatively, {@code round(amount × days up
 * to the part's end / all days)} less the same up to its start, so they add up to the payroll amount
 * to the cent.
 */
public record PayrollPart(PayrollCost payroll, DateRange days, BigDecimal amount) {

    /** The parts of {@code payroll}, split at month starts and at the given dates (a part starts at each). */
    public static List<PayrollPart> split(PayrollCost payroll, SortedSet<LocalDate> partStarts) {
        DateRange period = new DateRange(payroll.periodStart(), payroll.periodEnd());
        SortedSet<LocalDate> starts = new TreeSet<>();
        starts.add(period.from());
        for (DateRange month : period.months()) {
            starts.add(month.from());
        }
        for (LocalDate d : partStarts) {
            if (period.contains(d)) {
                starts.add(d);
            }
        }
        BigDecimal total = BigDecimal.valueOf(period.days());
        List<PayrollPart> parts = new ArrayList<>();
        List<LocalDate> ordered = List.copyOf(starts);
        BigDecimal roundedBefore = BigDecimal.ZERO.setScale(2);
        long daysSoFar = 0;
        for (int i = 0; i < ordered.size(); i++) {
            LocalDate end = i + 1 < ordered.size() ? ordered.get(i + 1).minusDays(1) : period.to();
            DateRange part = new DateRange(ordered.get(i), end);
            daysSoFar += part.days();
            BigDecimal roundedUpToEnd = Rounding.cents(
                    payroll.amount().multiply(BigDecimal.valueOf(daysSoFar)).divide(total, Rounding.DIVISION));
            parts.add(new PayrollPart(payroll, part, roundedUpToEnd.subtract(roundedBefore)));
            roundedBefore = roundedUpToEnd;
        }
        return parts;
    }
}
