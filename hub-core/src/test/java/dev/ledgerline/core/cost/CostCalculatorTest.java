package dev.ledgerline.core.cost;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import dev.ledgerline.core.metrics.SampleRates;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {

    /** docs/metrics.md, example COST-1. */
    @Test
    void cost1ProvisionalLabourIsRoundedPerEmployeeProjectAndMonth() {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref emp1 = firm.employee("EMP-1", "us", "consultant", "Data", "50.00", "40", "2025-01-01");
        firm.employee("EMP-1", "us", "consultant", "Data", "55.50", "40", "2026-01-16");
        Ref emp2 = firm.employee("EMP-2", "us", "analyst", "Data", null, "40", "2025-01-01");
        Ref k1 = firm.contract("K-1", "us", "USD", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        Ref p1 = firm.clientProject("P-1", "C-1", k1, "us", "Data");
        Ref p2 = firm.internalProject("P-2", "us", "Data");
        firm.entry("TE-1", emp1, p1, "2026-01-05", "7.25");
        firm.entry("TE-2", emp1, p1, "2026-01-20", "2.35");
        firm.entry("TE-3", emp1, p1, "2026-01-21", "0.35");
        firm.entry("TE-4", emp1, p2, "2026-01-22", "4");
        firm.entry("TE-5", emp1, p1, "2026-02-02", "8");
        firm.entry("TE-6", emp1, p1, "2026-01-23", "5", TimeEntry.Status.REJECTED, null);
        firm.entry("TE-7", emp1, p1, "2026-01-26", "6", TimeEntry.Status.DRAFT, null);
        firm.entry("TE-8", emp2, p1, "2026-01-06", "3");
        firm.expense("EX-1", emp1, p1, "2026-01-09", "120.40", "USD", Expense.Status.APPROVED);
        firm.expense("EX-2", emp1, p1, "2026-01-10", "80.00", "USD", Expense.Status.SUBMITTED);
        firm.expense("EX-3", emp1, p1, "2026-01-12", "15.55", "USD", Expense.Status.REIMBURSED);
        firm.vendorBill("VB-1", p1, "2026-01-15", "1000.00", "USD", VendorBill.Status.APPROVED);
        firm.vendorBill("VB-2", p1, "2026-01-16", "500.00", "USD", VendorBill.Status.DRAFT);
        var calculator = new CostCalculator(firm.held(), firm.settings());

        MetricReport byProject =
                calculator.report(ReportQuery.of(day("2026-01-01"), day("2026-01-31"), LATER, Dimension.PROJECT));
        MetricReport total = calculator.report(ReportQuery.of(day("2026-01-01"), day("2026-01-31"), LATER));
        MetricReport february = calculator.report(ReportQuery.of(day("2026-02-01"), day("2026-02-28"), LATER));

        MetricRow p1Row = byProject.row("psa:P-1").orElseThrow();
        assertThat(p1Row.field("labour")).isEqualByComparingTo("512.35");
        assertThat(p1Row.field("expenses")).isEqualByComparingTo("135.95");
        assertThat(p1Row.field("vendorBills")).isEqualByComparingTo("1000.00");
        assertThat(p1Row.field("recordedHours")).isEqualByComparingTo("12.95");
        assertThat(p1Row.value()).isEqualByComparingTo("1648.30");
        assertThat(p1Row.flags()).containsExactly(Flag.NO_STANDARD_COST);
        assertThat(byProject.row("psa:P-2").orElseThrow().value()).isEqualByComparingTo("222.00");
        assertThat(total.total().value()).isEqualByComparingTo("1870.30");
        assertThat(total.currency()).isEqualTo("USD");
        assertThat(february.total().value()).isEqualByComparingTo("444.00");
    }

    /** docs/metrics.md, example COST-2. */
    @Test
    void cost2PayrollIsSplitByDaysAllocatedByHoursAndTheRestIsUnallocated() {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref emp5 = firm.employee("EMP-5", "us", "consultant", "Cloud", "40.00", "40", "2025-01-01");
        Ref k1 = firm.contract("K-1", "us", "USD", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        Ref p1 = firm.clientProject("P-1", "C-1", k1, "us", "Data");
        Ref p2 = firm.clientProject("P-2", "C-1", k1, "us", "Data");
        Ref p3 = firm.clientProject("P-3", "C-1", k1, "us", "Data");
        firm.entry("TE-1", emp5, p1, "2026-01-20", "10");
        firm.entry("TE-2", emp5, p2, "2026-01-21", "10");
        firm.entry("TE-3", emp5, p3, "2026-01-22", "10");
        firm.entry("TE-4", emp5, p1, "2026-01-10", "2");
        firm.payroll("PR-5", emp5, "2026-01-16", "2026-02-15", "6200.00", "USD");
        var calculator = new CostCalculator(firm.held(), firm.settings());
        ReportQuery query = ReportQuery.of(
                        day("2026-01-01"), day("2026-02-28"), LATER, Dimension.PROJECT, Dimension.MONTH)
                .withBasis(Basis.FINAL);

        MetricReport report = calculator.report(query);
        MetricReport total = calculator.report(query.withGroupBy(List.of()));

        assertThat(report.row("psa:P-1", "2026-01").orElseThrow().value()).isEqualByComparingTo("1146.67");
        assertThat(report.row("psa:P-1", "2026-01").orElseThrow().flags()).containsExactly(Flag.PROVISIONAL_COST);
        assertThat(report.row("psa:P-2", "2026-01").orElseThrow().value()).isEqualByComparingTo("1066.67");
        assertThat(report.row("psa:P-3", "2026-01").orElseThrow().value()).isEqualByComparingTo("1066.67");
        assertThat(report.row(null, "2026-01").orElseThrow().field("unallocatedLabour"))
                .isEqualByComparingTo("-0.01");
        assertThat(report.row(null, "2026-02").orElseThrow().field("unallocatedLabour"))
                .isEqualByComparingTo("3000.00");
        assertThat(total.total().value()).isEqualByComparingTo("6280.00");
    }

    /** docs/metrics.md, example COST-3. */
    @Test
    void cost3ForeignCostIsConvertedAtEachDateAndTheCellRoundedOnce() {
        SampleFirm firm = new SampleFirm().entity("eu", "EUR");
        firm.settings(firm.settings()
                .withExchangeRates(
                        "eu",
                        new SampleRates("EUR")
                                .rate("GBP", "2026-03-02", "0.85")
                                .rate("GBP", "2026-03-03", "0.86")
                                .rate("USD", "2026-03-01", "1.08")));
        Ref emp6 = firm.employee("EMP-6", "eu", "consultant", "Data", "100", "40", "2025-01-01");
        firm.add(
                "hr",
                "EMP-6",
                new dev.ledgerline.core.canonical.Employee(
                        "EMP-6",
                        "eu",
                        null,
                        "consultant",
                        "Data",
                        null,
                        null,
                        new java.math.BigDecimal("100"),
                        "GBP",
                        null,
                        null,
                        null,
                        day("2025-01-01")));
        Ref k = firm.contract("K-EU", "eu", "EUR", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        Ref p = firm.clientProject("P-EU", "C-EU", k, "eu", "Data");
        firm.entry("TE-1", emp6, p, "2026-03-02", "3");
        firm.entry("TE-2", emp6, p, "2026-03-03", "2.5");
        firm.expense("EX-1", emp6, p, "2026-03-02", "200.00", "USD", Expense.Status.APPROVED);
        firm.vendorBill("VB-1", p, "2026-03-04", "99.99", "EUR", VendorBill.Status.APPROVED);
        var calculator = new CostCalculator(firm.held(), firm.settings());

        MetricRow row = calculator
                .report(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER))
                .total();

        assertThat(row.field("labour")).isEqualByComparingTo("643.64");
        assertThat(row.field("expenses")).isEqualByComparingTo("185.19");
        assertThat(row.field("vendorBills")).isEqualByComparingTo("99.99");
        assertThat(row.value()).isEqualByComparingTo("928.82");
        assertThat(row.currency()).isEqualTo("EUR");
    }
}
