package dev.ledgerline.core.capacity;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Capacity hours: Σ {@code weeklyCapacityHours / 5} over the employee's working days (the entity's
 * working weekdays less its holidays) within {@code startDate}–{@code endDate}, less approved leave
 * of any kind on those days, capped at the day's capacity. The employee version valid on each day
 * gives its weekly hours, entity and employment dates. Leave on a non-working day reduces nothing.
 */
public final class CapacityCalculator {

    public static final String METRIC = "capacity-hours";
    public static final String CAPACITY = "capacityHours";
    public static final String WORKING = "workingDayHours";
    public static final String LEAVE = "leaveHours";

    /** People metrics group by the employee's entity, practice and role, and by calendar. */
    public static final Set<Dimension> DIMENSIONS = EnumSet.of(
            Dimension.ENTITY,
            Dimension.PRACTICE,
            Dimension.EMPLOYEE,
            Dimension.ROLE,
            Dimension.MONTH,
            Dimension.WEEK,
            Dimension.QUARTER);

    private static final BigDecimal WORKDAYS_PER_WEEK = BigDecimal.valueOf(5);

    private final HeldRecords held;
    private final FirmSettings settings;
    private final Attribution attribution;
    private final Map<Ref, Map<LocalDate, BigDecimal>> approvedLeave = new HashMap<>();

    public CapacityCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
        this.attribution = new Attribution(held);
        for (RecordVersion<Leave> v : held.all(RecordType.LEAVE, Leave.class)) {
            Leave leave = v.data();
            if (leave.counts()) {
                approvedLeave
                        .computeIfAbsent(leave.employee(), k -> new HashMap<>())
                        .merge(leave.date(), leave.hours(), BigDecimal::add);
            }
        }
    }

    /** The employee's capacity on {@code date}; empty on a day that is not one of their working days. */
    public Optional<DayCapacity> day(Ref employee, LocalDate date) {
        Optional<Employee> version = held.employeeOn(employee, date);
        if (version.isEmpty() || !version.get().employedOn(date)) {
            return Optional.empty();
        }
        Employee e = version.get();
        EntitySettings entity = settings.entities().get(e.entity());
        boolean working = entity == null
                ? EntitySettings.MONDAY_TO_FRIDAY.contains(date.getDayOfWeek())
                : entity.isWorkingDay(date);
        if (!working) {
            return Optional.empty();
        }
        BigDecimal perDay = e.weeklyCapacityHours().divide(WORKDAYS_PER_WEEK);
        BigDecimal leave = approvedLeave.getOrDefault(employee, Map.of()).getOrDefault(date, BigDecimal.ZERO);
        return Optional.of(DayCapacity.of(employee, date, perDay, leave));
    }

    /** The working days of an employee between two dates (inclusive). */
    public List<DayCapacity> days(Ref employee, LocalDate from, LocalDate to) {
        List<DayCapacity> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            day(employee, d).ifPresent(days::add);
        }
        return days;
    }

    /** One fact per employee and working day of the query's period, of the selected entities. */
    public List<Fact> facts(ReportQuery query) {
        List<Fact> facts = new ArrayList<>();
        for (Ref employee : held.employees()) {
            for (DayCapacity day : days(employee, query.from(), query.to())) {
                var attributes = attribution.ofEmployee(employee, day.date());
                if (!query.selects(attributes.get(Dimension.ENTITY))) {
                    continue;
                }
                Map<String, BigDecimal> measures = new LinkedHashMap<>();
                measures.put(CAPACITY, day.capacityHours());
                measures.put(WORKING, day.workingHours());
                measures.put(LEAVE, day.leaveHours());
                facts.add(Fact.of(attributes, day.date(), null, measures));
            }
        }
        return facts;
    }

    public MetricReport report(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, DIMENSIONS, query)
                .sum(facts(query))
                .forEach((key, sums) -> rows.add(new MetricRow(
                        key,
                        null,
                        sums.get(CAPACITY),
                        null,
                        null,
                        sums.flags(),
                        MetricRow.fieldsOf(WORKING, sums.get(WORKING), LEAVE, sums.get(LEAVE)))));
        return MetricReport.of(METRIC, query, rows);
    }
}
