package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.PayrollCost;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Final labour cost from {@code payroll_cost}. Each payroll part (a payroll period split by month)
 * is allocated to projects pro rata to the employee's approved hours dated in it on all projects:
 * {@code round(payroll × project hours / all hours)}, converted at the payroll's {@code periodEnd}.
 * A part without approved hours, and the cents the per-project rounding leaves over, are
 * unallocated labour of the employee's practice, so that labour cost adds up to payroll. Entries on
 * days no payroll covers yet keep their standard cost, flagged {@link Flag#PROVISIONAL_COST}.
 */
public final class PayrollLabourCost {

    /** The final cells and the payroll no project carries. */
    public record Result(List<CostCell> cells, List<UnallocatedLabour> unallocated) {}

    private final Attribution attribution;
    private final ReportCurrency currency;
    private final ApprovedTime approvedTime;
    private final StandardLabourCost standardCost;
    private final Map<Ref, List<PayrollCost>> payrollByEmployee = new HashMap<>();

    public PayrollLabourCost(
            Attribution attribution,
            ReportCurrency currency,
            ApprovedTime approvedTime,
            StandardLabourCost standardCost) {
        this.attribution = attribution;
        this.currency = currency;
        this.approvedTime = approvedTime;
        this.standardCost = standardCost;
        for (RecordVersion<PayrollCost> v : attribution.held().all(RecordType.PAYROLL_COST, PayrollCost.class)) {
            payrollByEmployee
                    .computeIfAbsent(v.data().employee(), k -> new ArrayList<>())
                    .add(v.data());
        }
    }

    /** The final labour cost of work dated in {@code range}. */
    public Result cost(DateRange range) {
        return cost(range, null);
    }

    /** The final labour cost of work dated in {@code range} by the given employees (null: everyone). */
    public Result cost(DateRange range, Set<Ref> employees) {
        Map<CellKey, CellSum> cells = new LinkedHashMap<>();
        List<UnallocatedLabour> unallocated = new ArrayList<>();
        TreeSet<LocalDate> boundaries =
                new TreeSet<>(List.of(range.from(), range.to().plusDays(1)));
        payrollByEmployee.forEach((employee, payrolls) -> {
            if (employees != null && !employees.contains(employee)) {
                return;
            }
            for (PayrollCost payroll : payrolls) {
                for (PayrollPart part : PayrollPart.split(payroll, boundaries)) {
                    if (range.contains(part.days().from())) {
                        allocate(employee, part, cells, unallocated);
                    }
                }
            }
        });
        List<RecordVersion<TimeEntry>> uncovered = approvedTime.in(range).stream()
                .filter(v -> employees == null || employees.contains(v.data().employee()))
                .filter(v -> !covered(v.data()))
                .toList();
        for (CostCell fallback : standardCost.cells(uncovered, Set.of(Flag.PROVISIONAL_COST))) {
            cells.computeIfAbsent(
                            new CellKey(fallback.employee(), fallback.project(), fallback.month()),
                            k -> new CellSum(fallback.entity()))
                    .add(fallback.amount(), fallback.hours(), fallback.lastEntryDate(), fallback.flags());
        }
        List<CostCell> result = new ArrayList<>();
        cells.forEach((key, sum) -> result.add(new CostCell(
                key.employee(),
                key.project(),
                key.month(),
                sum.entity,
                currency.currencyOf(sum.entity),
                sum.hours,
                sum.amount,
                sum.last,
                sum.flags)));
        return new Result(result, unallocated);
    }

    private void allocate(
            Ref employee, PayrollPart part, Map<CellKey, CellSum> cells, List<UnallocatedLabour> unallocated) {
        PayrollCost payroll = part.payroll();
        Optional<Employee> version =
                attribution.held().employeeOn(employee, part.days().to());
        if (version.isEmpty()) {
            return;
        }
        String payrollCurrency =
                payroll.currency() != null ? payroll.currency() : standardCost.costCurrency(version.get());
        Map<Ref, BigDecimal> hoursByProject = new LinkedHashMap<>();
        Map<Ref, LocalDate> lastByProject = new HashMap<>();
        BigDecimal allHours = BigDecimal.ZERO;
        for (RecordVersion<TimeEntry> v : approvedTime.of(employee, part.days())) {
            hoursByProject.merge(v.data().project(), v.data().hours(), BigDecimal::add);
            lastByProject.merge(v.data().project(), v.data().date(), (a, b) -> a.isAfter(b) ? a : b);
            allHours = allHours.add(v.data().hours());
        }
        BigDecimal allocated = BigDecimal.ZERO;
        for (var e : hoursByProject.entrySet()) {
            BigDecimal share =
                    Rounding.cents(part.amount().multiply(e.getValue()).divide(allHours, Rounding.DIVISION));
            allocated = allocated.add(share);
            String entity = attribution
                    .entityOf(e.getKey(), employee, part.days().to())
                    .orElse(version.get().entity());
            cells.computeIfAbsent(
                            new CellKey(
                                    employee,
                                    e.getKey(),
                                    YearMonth.from(part.days().from())),
                            k -> new CellSum(entity))
                    .add(
                            currency.cents(share, payrollCurrency, entity, payroll.periodEnd()),
                            e.getValue(),
                            lastByProject.get(e.getKey()),
                            Set.of());
        }
        BigDecimal left = part.amount().subtract(allocated);
        if (left.signum() != 0) {
            String entity = version.get().entity();
            unallocated.add(new UnallocatedLabour(
                    employee,
                    entity,
                    currency.currencyOf(entity),
                    part.days().from(),
                    part.days().to(),
                    currency.cents(left, payrollCurrency, entity, payroll.periodEnd())));
        }
    }

    private boolean covered(TimeEntry entry) {
        return payrollByEmployee.getOrDefault(entry.employee(), List.of()).stream()
                .anyMatch(p ->
                        !entry.date().isBefore(p.periodStart()) && !entry.date().isAfter(p.periodEnd()));
    }

    private record CellKey(Ref employee, Ref project, YearMonth month) {}

    private static final class CellSum {
        final String entity;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        LocalDate last;
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);

        CellSum(String entity) {
            this.entity = entity;
        }

        void add(BigDecimal cents, BigDecimal moreHours, LocalDate date, Set<Flag> moreFlags) {
            amount = amount.add(cents);
            hours = hours.add(moreHours);
            last = last == null || date.isAfter(last) ? date : last;
            flags.addAll(moreFlags);
        }
    }
}
