package dev.ledgerline.core.cost;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.PayrollCost;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import dev.ledgerline.core.metrics.margin.MarginCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CostLawsTest {

    @Property
    void payrollPartsAddUpToThePayrollAmountToTheCent(
            @ForAll @IntRange(min = 1, max = 100_000_000) int cents,
            @ForAll @IntRange(min = 0, max = 400) int startOffset,
            @ForAll @IntRange(min = 0, max = 120) int length,
            @ForAll @IntRange(min = 0, max = 120) int extraBoundary) {
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(startOffset);
        PayrollCost payroll = new PayrollCost(
                SampleFirm.ref("hr", "E"), start, start.plusDays(length), BigDecimal.valueOf(cents, 2), "USD");

        List<PayrollPart> parts = PayrollPart.split(payroll, new TreeSet<>(List.of(start.plusDays(extraBoundary))));

        assertThat(parts.stream().map(PayrollPart::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(payroll.amount());
        assertThat(parts.stream().mapToLong(p -> p.days().days()).sum()).isEqualTo(length + 1L);
        assertThat(parts)
                .allSatisfy(p -> assertThat(p.days().from().getMonth())
                        .isEqualTo(p.days().to().getMonth()));
    }

    /** Work on 1–3 projects by 1–3 employees in one month: (employee, project, quarter-hours). */
    record Work(int employee, int project, int quarterHours, int day) {}

    @Provide
    Arbitrary<List<Work>> work() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(1, 28))
                .as(Work::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(25);
    }

    @Property
    void finalCostEqualsProvisionalWhenPayrollEqualsStandardCost(
            @ForAll("work") List<Work> work, @ForAll @IntRange(min = 500, max = 5000) int costInFourCents) {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref contract = firm.contract("K", "us", "USD", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        List<Ref> projects = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            projects.add(firm.clientProject("P-" + p, "C", contract, "us", "Data"));
        }
        // standard cost in multiples of 0.04 and hours in quarters, so hours × cost is whole cents
        BigDecimal hourly = BigDecimal.valueOf(costInFourCents * 4L, 2);
        BigDecimal[] hoursOf = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        List<Ref> employees = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            employees.add(
                    firm.employee("E-" + e, "us", "consultant", "Data", hourly.toPlainString(), "40", "2025-01-01"));
        }
        int n = 0;
        for (Work w : work) {
            BigDecimal hours = BigDecimal.valueOf(w.quarterHours() * 25L, 2);
            firm.entry(
                    "TE-" + n++,
                    employees.get(w.employee()),
                    projects.get(w.project()),
                    LocalDate.of(2026, 2, w.day()).toString(),
                    hours.toPlainString());
            hoursOf[w.employee()] = hoursOf[w.employee()].add(hours);
        }
        for (int e = 0; e < 3; e++) {
            firm.payroll(
                    "PR-" + e,
                    employees.get(e),
                    "2026-02-01",
                    "2026-02-28",
                    hoursOf[e].multiply(hourly).setScale(2).toPlainString(),
                    "USD");
        }
        var calculator = new CostCalculator(firm.held(), firm.settings());
        ReportQuery query = ReportQuery.of(
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28),
                LATER,
                Dimension.EMPLOYEE,
                Dimension.PROJECT,
                Dimension.MONTH);

        MetricReport provisional = calculator.report(query);
        MetricReport fin = calculator.report(query.withBasis(Basis.FINAL));

        assertThat(values(fin)).isEqualTo(values(provisional));
    }

    @Property(tries = 50)
    void finalMarginEqualsProvisionalWhenPayrollEqualsStandardCost(
            @ForAll("work") List<Work> work, @ForAll @IntRange(min = 500, max = 5000) int costInFourCents) {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref contract = firm.contract(
                "K",
                "us",
                "USD",
                BillingModel.FIXED_FEE,
                terms().fixedFee("50000", "30000").build());
        List<Ref> projects = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            projects.add(firm.clientProject("P-" + p, "C", contract, "us", "Data"));
        }
        BigDecimal hourly = BigDecimal.valueOf(costInFourCents * 4L, 2);
        BigDecimal[] hoursOf = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        List<Ref> employees = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            employees.add(
                    firm.employee("E-" + e, "us", "consultant", "Data", hourly.toPlainString(), "40", "2025-01-01"));
        }
        int n = 0;
        for (Work w : work) {
            BigDecimal hours = BigDecimal.valueOf(w.quarterHours() * 25L, 2);
            firm.entry(
                    "TE-" + n++,
                    employees.get(w.employee()),
                    projects.get(w.project()),
                    LocalDate.of(2026, 2, w.day()).toString(),
                    hours.toPlainString());
            hoursOf[w.employee()] = hoursOf[w.employee()].add(hours);
        }
        for (int e = 0; e < 3; e++) {
            firm.payroll(
                    "PR-" + e,
                    employees.get(e),
                    "2026-02-01",
                    "2026-02-28",
                    hoursOf[e].multiply(hourly).setScale(2).toPlainString(),
                    "USD");
        }
        var margin = new MarginCalculator(firm.held(), firm.settings(), List.of());
        ReportQuery query = ReportQuery.of(
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), LATER, Dimension.CONTRACT, Dimension.MONTH);

        MetricReport provisional = margin.margin(query);
        MetricReport fin = margin.margin(query.withBasis(Basis.FINAL));

        assertThat(values(fin)).isEqualTo(values(provisional));
        assertThat(fin.rows().getFirst().field("feeRevenue"))
                .isEqualByComparingTo(provisional.rows().getFirst().field("feeRevenue"));
    }

    @Property
    void costRowsOfAnyGroupingAddUpToTheTotal(
            @ForAll("work") List<Work> work, @ForAll("groupings") List<Dimension> groupBy) {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref contract = firm.contract("K", "us", "USD", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        List<Ref> employees = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            employees.add(firm.employee("E-" + e, "us", "role-" + e, "practice-" + e % 2, "33.33", "40", "2025-01-01"));
        }
        int n = 0;
        for (Work w : work) {
            Ref project = firm.clientProject("P-" + w.project(), "C-" + w.project() % 2, contract, "us", "Data");
            firm.entry(
                    "TE-" + n++,
                    employees.get(w.employee()),
                    project,
                    LocalDate.of(2026, 1 + w.day() % 3, w.day()).toString(),
                    BigDecimal.valueOf(w.quarterHours() * 25L, 2).toPlainString());
        }
        var calculator = new CostCalculator(firm.held(), firm.settings());
        ReportQuery total = ReportQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LATER);

        MetricReport grouped = calculator.report(total.withGroupBy(groupBy));

        assertThat(grouped.rows().stream().map(MetricRow::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(calculator.report(total).total().value());
    }

    @Provide
    Arbitrary<List<Dimension>> groupings() {
        return Arbitraries.of(
                        Dimension.ENTITY,
                        Dimension.PRACTICE,
                        Dimension.CUSTOMER,
                        Dimension.PROJECT,
                        Dimension.EMPLOYEE,
                        Dimension.ROLE,
                        Dimension.MONTH,
                        Dimension.QUARTER)
                .list()
                .uniqueElements()
                .ofMaxSize(3);
    }

    private static List<String> values(MetricReport report) {
        return report.rows().stream()
                .map(r -> r.group() + "=" + r.value().setScale(2).toPlainString())
                .toList();
    }
}
