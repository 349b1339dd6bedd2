package dev.ledgerline.core.cost;

import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code cost} report: labour (standard cost on the provisional basis, payroll actuals on the
 * final), unallocated labour (final basis), expenses and vendor bills, in the reporting currency of
 * the project's entity. Labour is rounded per employee, project and month, so cost groups by month
 * and quarter but not by week.
 */
public final class CostCalculator {

    public static final String METRIC = "cost";
    public static final String LABOUR = "labour";
    public static final String UNALLOCATED = "unallocatedLabour";
    public static final String EXPENSES = "expenses";
    public static final String VENDOR_BILLS = "vendorBills";
    public static final String HOURS = "recordedHours";

    public static final Set<Dimension> DIMENSIONS = EnumSet.of(
            Dimension.ENTITY,
            Dimension.PRACTICE,
            Dimension.CUSTOMER,
            Dimension.PROJECT,
            Dimension.CONTRACT,
            Dimension.EMPLOYEE,
            Dimension.ROLE,
            Dimension.MONTH,
            Dimension.QUARTER);

    private final Attribution attribution;
    private final FirmSettings settings;

    public CostCalculator(HeldRecords held, FirmSettings settings) {
        this.attribution = new Attribution(held);
        this.settings = settings;
    }

    /** The labour cells of {@code range} on {@code basis}, with the final basis' unallocated payroll. */
    public PayrollLabourCost.Result labour(DateRange range, Basis basis, ReportCurrency currency) {
        ApprovedTime approved = new ApprovedTime(attribution.held());
        StandardLabourCost standard = new StandardLabourCost(attribution, settings, currency);
        if (basis == Basis.PROVISIONAL) {
            return new PayrollLabourCost.Result(standard.cells(approved.in(range), Set.of()), List.of());
        }
        return new PayrollLabourCost(attribution, currency, approved, standard).cost(range);
    }

    /** One fact per labour cell, unallocated part, expense and vendor bill of the query. */
    public List<Fact> facts(ReportQuery query) {
        DateRange range = DateRange.of(query);
        ReportCurrency currency = ReportCurrency.of(settings, query);
        PayrollLabourCost.Result labour = labour(range, query.basis(), currency);
        List<Fact> facts = new ArrayList<>();
        for (CostCell cell : labour.cells()) {
            Attributes a = attribution
                    .ofProject(cell.project())
                    .with(Dimension.ENTITY, cell.entity())
                    .with(Dimension.EMPLOYEE, cell.employee())
                    .with(
                            Dimension.ROLE,
                            attribution
                                    .ofEmployee(cell.employee(), cell.lastEntryDate())
                                    .get(Dimension.ROLE));
            LocalDate date = later(cell.month().atDay(1), range.from());
            facts.add(new Fact(
                    a.values(), date, cell.currency(), measures(LABOUR, cell.amount(), cell.hours()), cell.flags()));
        }
        for (UnallocatedLabour u : labour.unallocated()) {
            Attributes a = attribution.ofEmployee(u.employee(), u.to()).with(Dimension.ENTITY, u.entity());
            facts.add(Fact.of(a, u.from(), u.currency(), measures(UNALLOCATED, u.amount(), null)));
        }
        for (DirectCost.Item item : new DirectCost(attribution, currency).items(range)) {
            Attributes a = attribution
                    .ofProject(item.project())
                    .with(Dimension.ENTITY, item.entity())
                    .with(Dimension.EMPLOYEE, item.employee());
            String name = item.kind() == DirectCost.Kind.EXPENSE ? EXPENSES : VENDOR_BILLS;
            facts.add(Fact.of(a, item.date(), item.currency(), measures(name, item.amount(), null)));
        }
        return facts.stream()
                .filter(f -> query.selects(f.attributes().get(Dimension.ENTITY)))
                .toList();
    }

    public MetricReport report(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, DIMENSIONS, query).sum(facts(query)).forEach((key, sums) -> {
            BigDecimal total = sums.get(LABOUR)
                    .add(sums.get(UNALLOCATED))
                    .add(sums.get(EXPENSES))
                    .add(sums.get(VENDOR_BILLS));
            rows.add(new MetricRow(
                    key,
                    sums.currency(),
                    total,
                    null,
                    null,
                    sums.flags(),
                    MetricRow.fieldsOf(
                            LABOUR, sums.get(LABOUR),
                            UNALLOCATED, sums.get(UNALLOCATED),
                            EXPENSES, sums.get(EXPENSES),
                            VENDOR_BILLS, sums.get(VENDOR_BILLS),
                            HOURS, sums.get(HOURS))));
        });
        return MetricReport.of(METRIC, query, rows);
    }

    private static Map<String, BigDecimal> measures(String name, BigDecimal amount, BigDecimal hours) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put(name, amount);
        if (hours != null) {
            m.put(HOURS, hours);
        }
        return m;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
