package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Employees' out-of-pocket expenses on their client projects: the story's (Northwind's trip that
 * goes over the monthly cap, a London hotel in pounds, a client dinner marked not billable, a
 * rejected taxi) and a seeded trickle of travel for everyone else.
 */
final class Expenses {

    private record Category(String name, int low, int high) {}

    private static final List<Category> CATEGORIES = List.of(
            new Category("Flight", 240, 820),
            new Category("Hotel", 160, 690),
            new Category("Meals", 18, 140),
            new Category("Taxi", 12, 95),
            new Category("Train", 25, 210));

    private Expenses() {}

    static List<SourceRecord> of(
            List<StaffMember> staff,
            Map<String, List<Assignment>> staffing,
            Map<String, ProjectPlan> projects,
            StoryDates dates,
            Calendars calendars,
            Instant asOf,
            long seed) {
        List<SourceRecord> list = new ArrayList<>(story(dates, asOf));
        Period period = dates.period();
        for (StaffMember s : staff) {
            for (YearMonth month : period.months()) {
                Dice dice = Dice.of(seed, "expense", s.index(), month.getYear() * 12L + month.getMonthValue());
                int count = dice.chance(450) ? dice.between(1, 2) : 0;
                for (int n = 1; n <= count; n++) {
                    LocalDate date = Period.weekdayOnOrAfter(month.atDay(dice.between(1, 25)));
                    ProjectPlan project = travelProject(s, staffing.get(s.id()), projects, date, period);
                    if (project == null || !s.employedOn(date) || !calendars.isWorkingDay(s.entity(), date)) {
                        continue;
                    }
                    Category c = dice.pick(CATEGORIES);
                    int r = dice.between(1, 1000);
                    String status =
                            r <= 650 ? "approved" : r <= 900 ? "reimbursed" : r <= 940 ? "rejected" : "submitted";
                    String id =
                            "EX-" + s.id().substring(2) + "-" + month.toString().replace("-", "") + "-" + n;
                    list.add(expense(
                            id,
                            s.id(),
                            s.entity(),
                            project.id(),
                            date,
                            dice.amount(c.low(), c.high()),
                            s.currency(),
                            c.name(),
                            c.name() + " – " + s.name(),
                            null,
                            status,
                            asOf));
                }
            }
        }
        return list;
    }

    private static List<SourceRecord> story(StoryDates dates, Instant asOf) {
        Period period = dates.period();
        YearMonth second = YearMonth.from(period.start()).plusMonths(1);
        LocalDate trip = Period.weekdayOnOrAfter(second.atDay(10));
        LocalDate first = period.weekdayAt(8);
        String nw = StoryIds.NORTHWIND_PLATFORM;
        return List.of(
                // Northwind's second month: four approved billable expenses, together over the 1,500 cap
                expense(
                        "EX-STORY-1",
                        Roster.MANAGER_US,
                        Entities.US,
                        nw,
                        trip,
                        new BigDecimal("780.00"),
                        "USD",
                        "Flight",
                        "Flight to Seattle – Northwind release planning",
                        null,
                        "approved",
                        asOf),
                expense(
                        "EX-STORY-2",
                        Roster.MANAGER_US,
                        Entities.US,
                        nw,
                        trip.plusDays(1),
                        new BigDecimal("642.00"),
                        "USD",
                        "Hotel",
                        "Hotel, 3 nights – Northwind release planning",
                        null,
                        "approved",
                        asOf),
                expense(
                        "EX-STORY-3",
                        Roster.EMPLOYEE_RATE_ENGINEER,
                        Entities.US,
                        nw,
                        trip,
                        new BigDecimal("715.40"),
                        "USD",
                        "Flight",
                        "Flight to Seattle – Northwind release planning",
                        null,
                        "reimbursed",
                        asOf),
                expense(
                        "EX-STORY-4",
                        Roster.EMPLOYEE_RATE_ENGINEER,
                        Entities.US,
                        nw,
                        trip.plusDays(1),
                        new BigDecimal("96.80"),
                        "USD",
                        "Meals",
                        "Team meals – Northwind release planning",
                        null,
                        "approved",
                        asOf),
                // a foreign-currency receipt, converted to the contract currency at its date
                expense(
                        "EX-STORY-5",
                        Roster.EMPLOYEE_RATE_ENGINEER,
                        Entities.US,
                        nw,
                        first,
                        new BigDecimal("412.50"),
                        "GBP",
                        "Hotel",
                        "Hotel in London – Northwind UK workshop",
                        null,
                        "approved",
                        asOf),
                // the policy says billable; the record says not: the record wins
                expense(
                        "EX-STORY-6",
                        Roster.DESIGNER_US,
                        Entities.US,
                        nw,
                        first,
                        new BigDecimal("186.40"),
                        "USD",
                        "Meals",
                        "Team dinner with the client (on us)",
                        false,
                        "approved",
                        asOf),
                expense(
                        "EX-STORY-7",
                        Roster.LEAVER,
                        Entities.US,
                        StoryIds.GLOBEX_ASSESSMENT,
                        first,
                        new BigDecimal("64.00"),
                        "USD",
                        "Taxi",
                        "Taxi without receipt",
                        null,
                        "rejected",
                        asOf),
                expense(
                        "EX-STORY-8",
                        Roster.PART_TIME_32,
                        Entities.US,
                        StoryIds.GLOBEX_EUROPE,
                        Period.weekdaysAfter(dates.globexEuropeStart(), 3),
                        new BigDecimal("68.00"),
                        "EUR",
                        "Train",
                        "Train Frankfurt airport – Globex Europe research",
                        null,
                        "approved",
                        asOf));
    }

    /** The employee's heaviest billable client assignment on the date, if any. */
    private static ProjectPlan travelProject(
            StaffMember s,
            List<Assignment> assignments,
            Map<String, ProjectPlan> projects,
            LocalDate date,
            Period period) {
        Assignment best = null;
        for (Assignment a : assignments) {
            ProjectPlan p = projects.get(a.projectId());
            if (a.covers(date)
                    && p.billableClientWork()
                    && (best == null || a.weightIn(period.monthIndex(date)) > best.weightIn(period.monthIndex(date)))) {
                best = a;
            }
        }
        return best == null ? null : projects.get(best.projectId());
    }

    private static SourceRecord expense(
            String id,
            String employee,
            String entity,
            String project,
            LocalDate date,
            BigDecimal amount,
            String currency,
            String category,
            String description,
            Boolean billable,
            String status,
            Instant asOf) {
        Instant at = switch (status) {
            case "approved" -> Moments.at(Period.weekdaysAfter(date, 3), 11, 0, entity);
            case "reimbursed" -> Moments.at(Period.weekdaysAfter(date, 8), 15, 0, entity);
            case "rejected" -> Moments.at(Period.weekdaysAfter(date, 2), 10, 0, entity);
            default -> Moments.at(date, 20, 0, entity);
        };
        String finalStatus = status;
        if (at.isAfter(asOf)) {
            // not decided yet at the demo's as-of instant
            finalStatus = "submitted";
            at = Moments.at(date, 20, 0, entity);
        }
        return SourceRecord.first(
                Sources.EXPENSES,
                RecordType.EXPENSE,
                id,
                at,
                entity,
                DataTree.data()
                        .put("employee", Sources.ref(Sources.HR, employee))
                        .put("project", Sources.ref(Sources.PSA, project))
                        .put("date", date)
                        .put("amount", amount)
                        .put("currency", currency)
                        .put("category", category)
                        .put("description", description)
                        .put("billable", billable)
                        .put("status", finalStatus)
                        .put("receiptRef", "RCPT-" + id.substring(3)));
    }
}
