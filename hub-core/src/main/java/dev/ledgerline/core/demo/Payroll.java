package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly payroll cost of each employee: weekdays employed × daily capacity × the standard cost of
 * the month's middle × the employee's loading factor, so actual cost differs from standard cost by
 * person; the leaver's last month carries a payout of untaken vacation.
 */
final class Payroll {

    private static final BigDecimal PAYOUT = new BigDecimal("2500.00");

    private Payroll() {}

    static List<SourceRecord> of(List<StaffMember> staff, Period period, Instant asOf) {
        List<SourceRecord> list = new ArrayList<>();
        for (StaffMember s : staff) {
            for (YearMonth month : period.months()) {
                LocalDate from = later(month.atDay(1), s.startDate());
                LocalDate to = s.endDate() == null || s.endDate().isAfter(month.atEndOfMonth())
                        ? month.atEndOfMonth()
                        : s.endDate();
                if (to.isBefore(from)) {
                    continue;
                }
                int weekdays = 0;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    weekdays += Period.isWeekday(d) ? 1 : 0;
                }
                BigDecimal amount = s.dailyCapacity()
                        .multiply(BigDecimal.valueOf(weekdays))
                        .multiply(s.costOn(month.atDay(15)))
                        .multiply(s.payrollFactor())
                        .setScale(2, RoundingMode.HALF_UP);
                if (s.endDate() != null && s.endDate().equals(to)) {
                    amount = amount.add(PAYOUT);
                }
                Instant at = Moments.at(month.atEndOfMonth().plusDays(3), 12, 0, s.entity());
                list.add(SourceRecord.first(
                        Sources.PAYROLL,
                        RecordType.PAYROLL_COST,
                        "PR-" + s.id().substring(2) + "-" + month.toString().replace("-", ""),
                        at.isAfter(asOf) ? asOf : at,
                        s.entity(),
                        DataTree.data()
                                .put("employee", Sources.ref(Sources.HR, s.id()))
                                .put("periodStart", from)
                                .put("periodEnd", to)
                                .put("amount", amount)
                                .put("currency", s.currency())));
            }
        }
        return list;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
