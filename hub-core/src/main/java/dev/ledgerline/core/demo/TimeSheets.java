package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The time entries, made one employee-day at a time as they are asked for, so a firm of any size
 * streams in constant memory (only the few corrections wait for the end). Day by day, each
 * employee logs most of the hours leave leaves them, split over their assignments; every choice is
 * drawn from a {@link Dice} of that employee and day, so the same spec gives the same entries.
 */
final class TimeSheets implements Iterator<SourceRecord> {

    private final List<StaffMember> staff;
    private final Map<String, StaffMember> staffById;
    private final Map<String, List<Assignment>> staffing;
    private final Map<String, ProjectPlan> projects;
    private final Leaves leaves;
    private final Calendars calendars;
    private final StoryDates dates;
    private final Instant asOf;
    private final long seed;
    private final EntryStatus statuses;

    private final ArrayDeque<SourceRecord> ready = new ArrayDeque<>();
    private final List<SourceRecord> corrections = new ArrayList<>();
    private final Set<String> correctionDue = new HashSet<>(Set.of(Roster.EMPLOYEE_RATE_ENGINEER, Roster.ENGINEER_EU));
    private final Set<String> rejectionDue = new HashSet<>(Set.of(Roster.JOINER));
    private LocalDate day;
    private int next;

    TimeSheets(FirmPlan plan) {
        this.staff = plan.staff();
        this.staffById = plan.staffById();
        this.staffing = plan.staffing();
        this.projects = plan.portfolio().projects;
        this.leaves = plan.leaves();
        // a calendar of its own: its year cache is not shared between streams read in parallel
        this.calendars = new Calendars();
        this.dates = plan.dates();
        this.asOf = plan.asOf();
        this.seed = plan.seed();
        this.statuses = new EntryStatus(dates.period(), asOf);
        this.day = dates.period().start();
    }

    /** The later versions of corrected entries; complete once this iterator is exhausted. */
    List<SourceRecord> corrections() {
        return List.copyOf(corrections);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !day.isAfter(dates.period().end())) {
            employeeDay(staff.get(next), day);
            if (++next == staff.size()) {
                next = 0;
                day = day.plusDays(1);
            }
        }
        return !ready.isEmpty();
    }

    /** The next entry without taking it. */
    SourceRecord peek() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.peek();
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void employeeDay(StaffMember s, LocalDate d) {
        if (!s.employedOn(d) || !calendars.isWorkingDay(s.entity(), d)) {
            return;
        }
        BigDecimal available = s.dailyCapacity().subtract(leaves.taken(s.id(), d));
        if (available.compareTo(BigDecimal.ONE) < 0) {
            return;
        }
        Dice dice = Dice.of(seed, "day", s.index(), d.toEpochDay());
        BigDecimal logged = floorTo(
                available
                        .multiply(BigDecimal.valueOf(dice.between(s.utilisationLow(), s.utilisationHigh())))
                        .movePointLeft(2),
                ProjectPlan.QUARTER_HOURS);
        if (logged.compareTo(new BigDecimal("0.5")) < 0) {
            return;
        }
        List<Split.Part> parts =
                Split.of(staffing.get(s.id()), d, dates.period().monthIndex(d), logged, projects, dice);
        int n = 0;
        for (Split.Part part : parts) {
            entry(s, d, part.project(), part.hours(), ++n, dice);
        }
    }

    private void entry(StaffMember s, LocalDate d, ProjectPlan project, BigDecimal hours, int n, Dice dice) {
        TaskPlan task = pickTask(project, dice);
        String description = dice.pick(task.descriptions());
        Boolean billable = null;
        if (project.billableClientWork() && dice.chance(15)) {
            // written off at source: the employee marks their own rework as not billable
            billable = false;
            description = "Rework on our side, not billable";
        }
        boolean forcedCorrection = !d.isBefore(dates.correctionFrom())
                && hours.compareTo(BigDecimal.TWO) >= 0
                && correctionDue.remove(s.id());
        boolean forcedRejection =
                !forcedCorrection && !d.isBefore(dates.rejectionFrom()) && rejectionDue.remove(s.id());
        EntryStatus.Decision status = statuses.decide(d, s.entity(), dice, forcedCorrection, forcedRejection);
        String approver = approver(s, project);
        String id = "TE-" + s.id().substring(2) + "-" + d.toString().replace("-", "") + "-" + n;
        String role = task.roleOverride() != null && !task.roleOverride().equals(s.role()) ? task.roleOverride() : null;
        ready.add(record(id, 1, s, d, project, task, hours, description, billable, status, approver, role));
        if (status.approved() && hours.compareTo(BigDecimal.TWO) >= 0 && (forcedCorrection || dice.chance(4))) {
            Instant corrected = status.occurredAt().plusSeconds(86_400L * dice.between(5, 10));
            if (!corrected.isAfter(asOf)) {
                BigDecimal less = dice.chance(500) ? new BigDecimal("0.5") : BigDecimal.ONE;
                corrections.add(record(
                        id,
                        2,
                        s,
                        d,
                        project,
                        task,
                        hours.subtract(less),
                        description + " (hours corrected)",
                        billable,
                        EntryStatus.Decision.approved(corrected),
                        approver,
                        role));
            }
        }
    }

    private SourceRecord record(
            String id,
            long version,
            StaffMember s,
            LocalDate d,
            ProjectPlan project,
            TaskPlan task,
            BigDecimal hours,
            String description,
            Boolean billable,
            EntryStatus.Decision status,
            String approver,
            String role) {
        DataTree data = DataTree.data()
                .put("employee", Sources.ref(Sources.HR, s.id()))
                .put("project", project.id())
                .put("date", d)
                .put("hours", hours)
                .put("task", task.id())
                .put("description", description)
                .put("status", status.wire())
                .put("billable", billable);
        if (status.approved()) {
            data.put("approvedBy", approver).put("approvedAt", status.occurredAt());
        }
        data.put("role", role);
        return new SourceRecord(Sources.PSA, RecordType.TIME_ENTRY, id, version, status.occurredAt(), s.entity(), data);
    }

    /** The project manager approves; their own time goes to their manager (a partner approves their own). */
    private String approver(StaffMember s, ProjectPlan project) {
        String approverId = project.managerId();
        if (approverId.equals(s.id()) && s.managerId() != null) {
            approverId = s.managerId();
        }
        return staffById.get(approverId).email();
    }

    private static TaskPlan pickTask(ProjectPlan project, Dice dice) {
        int total = 0;
        for (TaskPlan t : project.tasks()) {
            total += t.weight();
        }
        int roll = dice.between(1, total);
        for (TaskPlan t : project.tasks()) {
            roll -= t.weight();
            if (roll <= 0) {
                return t;
            }
        }
        throw new IllegalStateException("no task drawn");
    }

    static BigDecimal floorTo(BigDecimal hours, BigDecimal step) {
        return hours.divide(step, 0, RoundingMode.DOWN).multiply(step);
    }
}
