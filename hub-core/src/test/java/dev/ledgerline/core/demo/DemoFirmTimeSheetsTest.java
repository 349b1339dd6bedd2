package dev.ledgerline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.EntitySettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Time entries and leave: who, where, when, how much, and in which state. */
class DemoFirmTimeSheetsTest {

    private static final Map<RecordKey, RecordVersion<TimeEntry>> ENTRIES = SmallFirm.latest(TimeEntry.class);
    private static final Map<RecordKey, RecordVersion<Employee>> EMPLOYEES = SmallFirm.latest(Employee.class);
    private static final Map<RecordKey, RecordVersion<Project>> PROJECTS = SmallFirm.latest(Project.class);
    private static final Map<RecordKey, RecordVersion<Task>> TASKS = SmallFirm.latest(Task.class);
    private static final List<Leave> LEAVE = SmallFirm.latest(Leave.class).values().stream()
            .map(RecordVersion::data)
            .toList();

    @Test
    void everyEntryIsByAKnownEmployeeOnAProjectAndTaskOfTheEmployeesEntity() {
        List<String> wrong = new ArrayList<>();

        for (RecordVersion<TimeEntry> r : ENTRIES.values()) {
            TimeEntry e = r.data();
            RecordVersion<Employee> employee = EMPLOYEES.get(e.employee().key(RecordType.EMPLOYEE));
            RecordVersion<Project> project = PROJECTS.get(e.project().key(RecordType.PROJECT));
            RecordVersion<Task> task = TASKS.get(e.task().key(RecordType.TASK));
            if (employee == null || project == null || task == null) {
                wrong.add(r.key() + " names an unknown record");
            } else if (!project.data().entity().equals(employee.data().entity())
                    || !employee.data().entity().equals(r.entity())
                    || !task.data().project().equals(e.project())) {
                wrong.add(r.key() + " crosses entities or projects");
            } else if (!employee.data().employedOn(e.date())) {
                wrong.add(r.key() + " outside employment");
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(ENTRIES).hasSizeGreaterThan(1000);
    }

    @Test
    void noEntryFallsOnANonWorkingDayOrBeyondTheDaysCapacityLessApprovedLeave() {
        Map<String, BigDecimal> loggedPerDay = new HashMap<>();
        Map<String, BigDecimal> leavePerDay = new HashMap<>();
        LEAVE.stream()
                .filter(Leave::counts)
                .forEach(l -> leavePerDay.merge(l.employee() + "@" + l.date(), l.hours(), BigDecimal::add));
        List<String> wrong = new ArrayList<>();

        for (RecordVersion<TimeEntry> r : ENTRIES.values()) {
            TimeEntry e = r.data();
            EntitySettings entity = SmallFirm.FIRM.config().entity(r.entity());
            if (!entity.isWorkingDay(e.date())) {
                wrong.add(r.key() + " on a non-working day " + e.date());
            }
            loggedPerDay.merge(e.employee() + "@" + e.date(), e.hours(), BigDecimal::add);
        }
        loggedPerDay.forEach((day, hours) -> {
            Employee employee = EMPLOYEES
                    .get(RecordKey.parse("hr:employee:" + day.substring(3, day.indexOf('@'))))
                    .data();
            BigDecimal capacity = employee.weeklyCapacityHours().divide(BigDecimal.valueOf(5));
            BigDecimal room = capacity.subtract(leavePerDay.getOrDefault(day, BigDecimal.ZERO));
            if (hours.compareTo(room) > 0) {
                wrong.add(day + " logs " + hours + " with room for " + room);
            }
        });

        assertThat(wrong).isEmpty();
    }

    @Test
    void mostEntriesAreApprovedAndEveryOtherStatusOccurs() {
        Map<TimeEntry.Status, Long> byStatus = new EnumMap<>(TimeEntry.Status.class);
        ENTRIES.values().forEach(r -> byStatus.merge(r.data().status(), 1L, Long::sum));
        long total = ENTRIES.size();

        assertThat(byStatus.get(TimeEntry.Status.APPROVED)).isGreaterThan(total * 85 / 100);
        assertThat(byStatus.get(TimeEntry.Status.SUBMITTED)).isPositive();
        assertThat(byStatus.get(TimeEntry.Status.DRAFT)).isPositive();
        assertThat(byStatus.get(TimeEntry.Status.REJECTED)).isPositive();
    }

    @Test
    void approvalsComeDaysAfterTheWorkSomeInTheNextMonthByTheProjectsApprover() {
        List<TimeEntry> approved = ENTRIES.values().stream()
                .map(RecordVersion::data)
                .filter(TimeEntry::isApproved)
                .toList();

        assertThat(approved).allSatisfy(e -> {
            assertThat(LocalDate.ofInstant(e.approvedAt(), ZoneOffset.UTC)).isAfter(e.date());
            assertThat(e.approvedBy()).matches("[a-z.]+@alderfinch\\.(com|de)");
        });
        assertThat(approved)
                .anyMatch(e ->
                        YearMonth.from(e.approvedAt().atZone(ZoneOffset.UTC)).isAfter(YearMonth.from(e.date())));
    }

    @Test
    void draftsAndSubmittedEntriesClusterInThePeriodsLastWeek() {
        LocalDate lastWeek = SmallFirm.FIRM.config().periodEnd().minusDays(7);
        Map<Boolean, Long> unapprovedByLateness = ENTRIES.values().stream()
                .map(RecordVersion::data)
                .filter(e -> e.status() == TimeEntry.Status.DRAFT || e.status() == TimeEntry.Status.SUBMITTED)
                .collect(Collectors.partitioningBy(e -> e.date().isAfter(lastWeek), Collectors.counting()));

        assertThat(unapprovedByLateness.get(true)).isGreaterThan(unapprovedByLateness.get(false));
    }

    @Test
    void aFewApprovedEntriesAreCorrectedLaterWithOtherHours() {
        Map<RecordKey, List<RecordVersion<TimeEntry>>> versions =
                SmallFirm.all(TimeEntry.class).stream().collect(Collectors.groupingBy(RecordVersion::key));
        List<List<RecordVersion<TimeEntry>>> corrected =
                versions.values().stream().filter(v -> v.size() > 1).toList();

        assertThat(corrected).hasSizeBetween(2, versions.size() / 100);
        assertThat(corrected).allSatisfy(v -> {
            assertThat(v.get(1).version()).isEqualTo(2);
            assertThat(v.get(1).data().hours()).isLessThan(v.get(0).data().hours());
            assertThat(v.get(1).occurredAt()).isAfter(v.get(0).occurredAt());
            assertThat(v.get(1).data().isApproved()).isTrue();
        });
        assertThat(corrected)
                .anyMatch(v -> v.getFirst().data().employee().toString().equals(DemoStory.EMPLOYEE_RATE_EMPLOYEE));
    }

    @Test
    void leaveIsMostlyApprovedWithEveryOtherStatusAndNoMoreThanADay() {
        Map<Leave.Status, Long> byStatus = LEAVE.stream()
                .collect(Collectors.groupingBy(
                        Leave::status, () -> new EnumMap<>(Leave.Status.class), Collectors.counting()));

        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(Leave.Status.values());
        assertThat(byStatus.get(Leave.Status.APPROVED)).isGreaterThan(LEAVE.size() / 2);
        assertThat(LEAVE).allSatisfy(l -> {
            Employee e = EMPLOYEES.get(l.employee().key(RecordType.EMPLOYEE)).data();
            assertThat(l.hours())
                    .isPositive()
                    .isLessThanOrEqualTo(e.weeklyCapacityHours().divide(BigDecimal.valueOf(5)));
        });
        assertThat(LEAVE).anyMatch(l -> l.kind() == Leave.Kind.SICK);
        assertThat(LEAVE)
                .anyMatch(l -> l.kind() == Leave.Kind.VACATION && l.hours().compareTo(dayOf(l)) < 0);
    }

    private static BigDecimal dayOf(Leave l) {
        return EMPLOYEES
                .get(l.employee().key(RecordType.EMPLOYEE))
                .data()
                .weeklyCapacityHours()
                .divide(BigDecimal.valueOf(5));
    }

    @Test
    void publicHolidaysArriveAsLeaveOnlyForTheEntityWithoutAHolidayCalendar() {
        List<Leave> holidays = LEAVE.stream()
                .filter(l -> l.kind() == Leave.Kind.PUBLIC_HOLIDAY)
                .toList();

        assertThat(holidays).isNotEmpty();
        assertThat(holidays).allSatisfy(l -> {
            String entity =
                    EMPLOYEES.get(l.employee().key(RecordType.EMPLOYEE)).data().entity();
            assertThat(SmallFirm.FIRM.config().entity(entity).hasHolidayCalendar())
                    .isFalse();
            assertThat(l.counts()).isTrue();
        });
        assertThat(holidays.stream().map(Leave::date).distinct()).contains(LocalDate.of(2026, 1, 6));
    }
}
