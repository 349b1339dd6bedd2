package dev.ledgerline.core.metrics.margin;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.d;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleFirm.ref;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.PurchaseCommitment;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import org.junit.jupiter.api.Test;

class ForecastMarginCalculatorTest {

    /** docs/metrics.md, example FCST-1. */
    @Test
    void fcst1AmountLessCostToDateEstimateToCompleteAndOpenCommitments() {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref emp = firm.employee("EMP-1", "us", "consultant", "Data", "60", "40", "2025-01-01");
        Ref ff = firm.contract(
                "K-FF",
                "us",
                "USD",
                BillingModel.FIXED_FEE,
                terms().fixedFee("20000", "12000").build());
        Ref tm = firm.contract(
                "K-TM",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("consultant", "150").notToExceed("10000").build());
        firm.add(
                "psa",
                "P-FF",
                new Project(
                        "P-FF",
                        ref("crm", "C-1"),
                        "us",
                        Project.Kind.CLIENT,
                        ff,
                        null,
                        null,
                        "Data",
                        null,
                        null,
                        d("200"),
                        null,
                        true));
        firm.add(
                "psa",
                "P-TM",
                new Project(
                        "P-TM",
                        ref("crm", "C-1"),
                        "us",
                        Project.Kind.CLIENT,
                        tm,
                        null,
                        null,
                        "Data",
                        null,
                        null,
                        d("50"),
                        null,
                        true));
        Ref pff = ref("psa", "P-FF");
        for (int i = 1; i <= 5; i++) {
            firm.entry("TE-F" + i, emp, pff, "2026-03-0" + (i + 1), "20");
        }
        for (int i = 1; i <= 3; i++) {
            firm.entry("TE-T" + i, emp, ref("psa", "P-TM"), "2026-03-1" + i, "20");
        }
        firm.expense("EX-1", emp, pff, "2026-03-05", "500.00", "USD", Expense.Status.APPROVED);
        firm.add("exp", "PC-1", new PurchaseCommitment("ACME", pff, d("3000.00"), "USD", day("2026-02-01"), null));
        firm.add(
                "exp",
                "VB-1",
                new VendorBill(
                        "ACME",
                        pff,
                        day("2026-03-10"),
                        d("1000.00"),
                        "USD",
                        null,
                        null,
                        null,
                        ref("exp", "PC-1"),
                        VendorBill.Status.APPROVED));
        var calculator = new ForecastMarginCalculator(firm.held(), firm.settings());

        MetricReport report =
                calculator.report(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER, Dimension.CONTRACT));

        MetricRow fixed = report.row("crm:K-FF").orElseThrow();
        assertThat(fixed.field("costToDate")).isEqualByComparingTo("7500.00");
        assertThat(fixed.field("etc")).isEqualByComparingTo("6000.00");
        assertThat(fixed.field("eac")).isEqualByComparingTo("13500.00");
        assertThat(fixed.field("openCommitments")).isEqualByComparingTo("2000.00");
        assertThat(fixed.field("expectedLoss")).isEqualByComparingTo("0.00");
        assertThat(fixed.value()).isEqualByComparingTo("4500.00");
        assertThat(fixed.flags()).containsExactly(Flag.ESTIMATE_EXCEEDED);
        MetricRow tmRow = report.row("crm:K-TM").orElseThrow();
        assertThat(tmRow.field("etc")).isEqualByComparingTo("0.00");
        assertThat(tmRow.value()).isEqualByComparingTo("6400.00");
        assertThat(tmRow.flags()).isEmpty();
    }
}
