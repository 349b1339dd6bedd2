package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Leave of every employee: Munich's public holidays (the EU entity has no holiday calendar, so they
 * arrive as leave), vacation blocks (mostly approved, some refused, cancelled or still submitted)
 * and sick days, some of them half days. Also answers how many hours of a day are taken by leave
 * that is approved or still submitted, which the time sheets respect.
 */
final class Leaves {

    private static final String VACATION = "vacation";

    final List<SourceRecord> records = new ArrayList<>();
    private final Map<String, Map<LocalDate, BigDecimal>> blocked = new HashMap<>();
    private final Calendars calendars;

    private Leaves(Calendars calendars) {
        this.calendars = calendars;
    }

    static Leaves of(List<StaffMember> staff, StoryDates dates, Calendars calendars, long seed) {
        Leaves leaves = new Leaves(calendars);
        Period period = dates.period();
        for (StaffMember s : staff) {
            Dice dice = Dice.of(seed, "leave", s.index());
            if (Entities.EU.equals(s.entity())) {
                for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
                    if (Period.isWeekday(d) && s.employedOn(d) && calendars.isPublicHoliday(Entities.EU, d)) {
                        leaves.add(
                                s,
                                d,
                                s.dailyCapacity(),
                                "public_holiday",
                                "approved",
                                Moments.at(period.start().minusDays(20), 9, 0, s.entity()));
                    }
                }
            }
            switch (s.id()) {
                case Roster.PART_TIME_32 -> leaves.vacation(s, period.weekdayAt(15), 2, "refused", dice);
                case Roster.ENGINEER_EU -> leaves.vacation(s, period.weekdayAt(70), 3, "cancelled", dice);
                case Roster.DESIGNER_US -> leaves.vacation(s, period.weekdayAt(97), 2, "submitted", dice);
                default -> {}
            }
            for (YearMonth month : period.months()) {
                if (dice.chance(400)) {
                    LocalDate from = Period.weekdayOnOrAfter(month.atDay(dice.between(1, 24)));
                    int r = dice.between(1, 1000);
                    String status = r <= 880 ? "approved" : r <= 920 ? "submitted" : r <= 960 ? "refused" : "cancelled";
                    leaves.vacation(s, from, dice.between(1, 4), status, dice);
                }
                if (dice.chance(250)) {
                    LocalDate day = Period.weekdayOnOrAfter(month.atDay(dice.between(1, 26)));
                    BigDecimal hours = dice.chance(300) ? half(s) : s.dailyCapacity();
                    if (leaves.free(s, day)) {
                        leaves.add(s, day, hours, "sick", "approved", Moments.at(day, 7, 30, s.entity()));
                    }
                }
            }
        }
        return leaves;
    }

    private void vacation(StaffMember s, LocalDate from, int days, String status, Dice dice) {
        Instant requested = Moments.at(from.minusDays(dice.between(10, 40)), 9, 0, s.entity());
        Instant decided = switch (status) {
            case "cancelled" -> Moments.at(from.minusDays(2), 16, 0, s.entity());
            case "submitted" -> Moments.at(from.minusDays(5), 9, 0, s.entity());
            default -> requested.plusSeconds(86_400L * dice.between(1, 3));
        };
        boolean halfDay = days == 1 && dice.chance(250);
        LocalDate d = from;
        for (int i = 0; i < days; i++) {
            if (free(s, d)) {
                add(s, d, halfDay ? half(s) : s.dailyCapacity(), VACATION, status, decided);
            }
            d = Period.weekdaysAfter(d, 1);
        }
    }

    private boolean free(StaffMember s, LocalDate d) {
        return s.employedOn(d)
                && calendars.isWorkingDay(s.entity(), d)
                && !blocked.getOrDefault(s.id(), Map.of()).containsKey(d);
    }

    private void add(StaffMember s, LocalDate d, BigDecimal hours, String kind, String status, Instant occurredAt) {
        String id = "LV-" + s.id().substring(2) + "-" + d.toString().replace("-", "");
        records.add(SourceRecord.first(
                Sources.HR,
                RecordType.LEAVE,
                id,
                occurredAt,
                s.entity(),
                DataTree.data()
                        .put("employee", s.id())
                        .put("date", d)
                        .put("hours", hours)
                        .put("kind", kind)
                        .put("status", status)));
        // refused and cancelled leave frees the day again; a public holiday counts as taken
        BigDecimal taken = "approved".equals(status) || "submitted".equals(status) ? hours : BigDecimal.ZERO;
        blocked.computeIfAbsent(s.id(), k -> new HashMap<>()).put(d, taken);
    }

    /** Hours of {@code date} taken by approved or submitted leave of {@code employee}. */
    BigDecimal taken(String employee, LocalDate date) {
        return blocked.getOrDefault(employee, Map.of()).getOrDefault(date, BigDecimal.ZERO);
    }

    private static BigDecimal half(StaffMember s) {
        return s.dailyCapacity().divide(BigDecimal.TWO);
    }
}
