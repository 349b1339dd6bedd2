package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The hours the staffing plan puts on each project over the period (before leave and day-to-day
 * noise), by employee and month. Contract figures that must relate to the work in a known way (a
 * not-to-exceed the work crosses, a retainer the work overruns, a fixed fee's estimate) are sized
 * from these, so the story holds at any firm size.
 */
final class Estimates {

    /** project → employee → hours per month index. */
    private final Map<String, Map<String, BigDecimal[]>> hours = new HashMap<>();

    private final Map<String, StaffMember> staffById = new HashMap<>();
    private final int months;

    private Estimates(int months) {
        this.months = months;
    }

    static Estimates of(
            List<StaffMember> staff, Map<String, List<Assignment>> staffing, Period period, Calendars calendars) {
        Estimates e = new Estimates(period.monthCount());
        for (StaffMember s : staff) {
            e.staffById.put(s.id(), s);
            BigDecimal typicalDay = s.dailyCapacity()
                    .multiply(BigDecimal.valueOf(s.utilisationLow() + s.utilisationHigh()))
                    .divide(BigDecimal.valueOf(200), 6, RoundingMode.HALF_UP);
            List<Assignment> assignments = staffing.get(s.id());
            for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
                if (!s.employedOn(d) || !calendars.isWorkingDay(s.entity(), d)) {
                    continue;
                }
                int month = period.monthIndex(d);
                int total = 0;
                for (Assignment a : assignments) {
                    total += a.covers(d) ? a.weightIn(month) : 0;
                }
                for (Assignment a : assignments) {
                    if (a.covers(d)) {
                        BigDecimal share = typicalDay
                                .multiply(BigDecimal.valueOf(a.weightIn(month)))
                                .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
                        e.add(a.projectId(), s.id(), month, share);
                    }
                }
            }
        }
        return e;
    }

    private void add(String project, String employee, int month, BigDecimal h) {
        BigDecimal[] perMonth =
                hours.computeIfAbsent(project, p -> new HashMap<>()).computeIfAbsent(employee, x -> zeros());
        perMonth[month] = perMonth[month].add(h);
    }

    private BigDecimal[] zeros() {
        BigDecimal[] a = new BigDecimal[months];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    BigDecimal hours(String project) {
        return sum(project, s -> BigDecimal.ONE);
    }

    BigDecimal hoursInMonth(String project, int month) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal[] perMonth : hours.getOrDefault(project, Map.of()).values()) {
            total = total.add(perMonth[month]);
        }
        return total;
    }

    /** Planned hours priced at {@code rateOf} each employee (a contract rate, a standard cost…). */
    BigDecimal sum(String project, Function<StaffMember, BigDecimal> rateOf) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> e :
                hours.getOrDefault(project, Map.of()).entrySet()) {
            BigDecimal rate = rateOf.apply(staffById.get(e.getKey()));
            for (BigDecimal h : e.getValue()) {
                total = total.add(h.multiply(rate));
            }
        }
        return total;
    }

    BigDecimal cost(String project) {
        return sum(project, StaffMember::cost);
    }

    /** {@code amount} rounded to a multiple of {@code unit}, at least one unit. */
    static BigDecimal roundTo(BigDecimal amount, int unit) {
        BigDecimal u = BigDecimal.valueOf(unit);
        BigDecimal units = amount.divide(u, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        return units.multiply(u).setScale(2, RoundingMode.UNNECESSARY);
    }
}
