package dev.ledgerline.core.metrics;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.cost.CostCalculator;
import dev.ledgerline.core.metrics.margin.MarginCalculator;
import dev.ledgerline.core.metrics.receivables.ArAgingCalculator;
import dev.ledgerline.core.metrics.receivables.CollectionRealizationCalculator;
import dev.ledgerline.core.metrics.revenue.RevenueCalculator;
import dev.ledgerline.core.metrics.utilization.UtilizationCalculator;
import dev.ledgerline.core.metrics.wip.WipCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rows of any grouping add up to the total row, for every additive figure; a ratio's numerator and
 * denominator add up, the ratio itself is recomputed per row. Random firms of two entities, four
 * employees, three time-and-materials contracts (one capped) and an internal project, with entries of
 * every status, leave, invoices, a write-down and payments.
 */
class GroupingLawsTest {

    record Work(int employee, int project, int quarterHours, int dayOfQuarter, int status, boolean invoiced) {}

    @Provide
    Arbitrary<List<Work>> work() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(0, 89),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false))
                .as(Work::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Dimension>> grouping() {
        return Arbitraries.of(
                        Dimension.ENTITY,
                        Dimension.PRACTICE,
                        Dimension.CUSTOMER,
                        Dimension.PROJECT,
                        Dimension.CONTRACT,
                        Dimension.EMPLOYEE,
                        Dimension.ROLE,
                        Dimension.MONTH,
                        Dimension.QUARTER)
                .list()
                .uniqueElements()
                .ofMaxSize(2);
    }

    @Property(tries = 60)
    void everyAdditiveFigureAddsUpOverAnyGrouping(
            @ForAll("work") List<Work> work, @ForAll("grouping") List<Dimension> groupBy) {
        SampleFirm firm = firm(work);
        HeldRecords held = firm.held();
        FirmSettings settings = firm.settings();
        ReportQuery total = ReportQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LATER);
        ReportQuery grouped = total.withGroupBy(groupBy);

        Set<Dimension> people = CapacityCalculator.DIMENSIONS;
        if (people.containsAll(groupBy)) {
            var capacity = new CapacityCalculator(held, settings);
            addsUp(capacity.report(grouped), capacity.report(total), MetricRow::value);
            var utilization = new UtilizationCalculator(held, settings);
            addsUp(utilization.productive(grouped), utilization.productive(total), MetricRow::numerator);
            addsUp(utilization.productive(grouped), utilization.productive(total), MetricRow::denominator);
        }
        var wip = new WipCalculator(held, settings, Set.of());
        addsUp(wip.wip(grouped), wip.wip(total), MetricRow::value);
        addsUp(wip.wip(grouped), wip.wip(total), r -> r.field("realizable"));
        addsUp(wip.unapproved(grouped), wip.unapproved(total), r -> r.field("recordedHours"));
        var revenue = new RevenueCalculator(held, settings, List.of());
        addsUp(
                revenue.report(grouped.withBasis(Basis.FINAL)),
                revenue.report(total.withBasis(Basis.FINAL)),
                MetricRow::value);
        var margin = new MarginCalculator(held, settings, List.of());
        addsUp(
                margin.margin(grouped.withBasis(Basis.FINAL)),
                margin.margin(total.withBasis(Basis.FINAL)),
                MetricRow::value);
        if (ArAgingCalculator.DIMENSIONS.containsAll(groupBy)) {
            var aging = new ArAgingCalculator(held, settings);
            addsUp(aging.report(grouped), aging.report(total), MetricRow::value);
            var collection = new CollectionRealizationCalculator(held, settings);
            addsUp(collection.report(grouped), collection.report(total), MetricRow::numerator);
        }
        if (CostCalculator.DIMENSIONS.containsAll(groupBy)) {
            var cost = new CostCalculator(held, settings);
            addsUp(cost.report(grouped), cost.report(total), MetricRow::value);
        }
    }

    private static void addsUp(MetricReport grouped, MetricReport total, Function<MetricRow, BigDecimal> figure) {
        BigDecimal sum = grouped.rows().stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum)
                .as(grouped.metric() + " by " + grouped.query().groupBy())
                .isEqualByComparingTo(figure.apply(total.total()));
    }

    private static SampleFirm firm(List<Work> work) {
        SampleFirm firm = new SampleFirm()
                .entity("us", "USD")
                .entity("ca", "USD")
                .firmRate("us", "r0", "180", "USD", "2025-01-01")
                .firmRate("ca", "r1", "120", "USD", "2025-01-01");
        List<Ref> employees = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            employees.add(firm.employee(
                    "E" + e,
                    e % 2 == 0 ? "us" : "ca",
                    "r" + e % 2,
                    "practice-" + e / 2,
                    "45.5" + e,
                    e == 3 ? "32" : "40",
                    "2025-01-01"));
        }
        firm.leave("L-1", employees.get(0), "2026-02-02", "8", Leave.Status.APPROVED);
        List<Ref> contracts = List.of(
                firm.contract(
                        "K0",
                        "us",
                        "USD",
                        BillingModel.TIME_AND_MATERIALS,
                        terms().rate("r0", "150")
                                .rate("r1", "110")
                                .notToExceed("3000")
                                .build()),
                firm.contract("K1", "ca", "USD", BillingModel.TIME_AND_MATERIALS, terms().build()),
                firm.contract(
                        "K2",
                        "us",
                        "USD",
                        BillingModel.TIME_AND_MATERIALS,
                        terms().rate("r0", "175.50").roundingIncrement("0.5").build()));
        List<Ref> projects = List.of(
                firm.clientProject("P0", "C0", contracts.get(0), "us", "practice-0"),
                firm.clientProject("P1", "C1", contracts.get(1), "ca", "practice-1"),
                firm.clientProject("P2", "C0", contracts.get(2), "us", "practice-1"),
                firm.internalProject("P3", "us", "practice-0"));
        TimeEntry.Status[] statuses = {
            TimeEntry.Status.APPROVED, TimeEntry.Status.APPROVED, TimeEntry.Status.SUBMITTED, TimeEntry.Status.REJECTED
        };
        List<SampleInvoice> invoices = List.of(
                invoice("INV-0", "2026-02-27", "0")
                        .entity("us", "USD")
                        .contract(contracts.get(0))
                        .project(projects.get(0)),
                invoice("INV-1", "2026-03-10", "0")
                        .entity("ca", "USD")
                        .contract(contracts.get(1))
                        .project(projects.get(1)),
                invoice("INV-2", "2026-03-31", "0")
                        .entity("us", "USD")
                        .contract(contracts.get(2))
                        .project(projects.get(2)));
        int[] lines = new int[3];
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            String id = "TE-" + i;
            BigDecimal hours = BigDecimal.valueOf(w.quarterHours() * 25L, 2);
            firm.entry(
                    id,
                    employees.get(w.employee()),
                    projects.get(w.project()),
                    LocalDate.of(2026, 1, 1).plusDays(w.dayOfQuarter()).toString(),
                    hours.toPlainString(),
                    statuses[w.status()],
                    null);
            if (w.invoiced() && w.project() < 3 && statuses[w.status()] == TimeEntry.Status.APPROVED) {
                BigDecimal amount = hours.multiply(new BigDecimal("100")).setScale(2);
                invoices.get(w.project())
                        .line(++lines[w.project()], "time", hours.toPlainString(), "100", amount.toPlainString(), id);
            }
        }
        for (int p = 0; p < 3; p++) {
            if (lines[p] > 0) {
                SampleInvoice inv = invoices.get(p);
                if (p == 0) {
                    inv.line(++lines[p], "writedown", "1", "-12.34", "-12.34", 1, null);
                }
                inv.totalFromLines().tax("10.00");
                if (p != 2) {
                    inv.paid("50.00", "2026-03-15");
                }
                firm.invoice(inv.build());
            }
        }
        return firm;
    }
}
