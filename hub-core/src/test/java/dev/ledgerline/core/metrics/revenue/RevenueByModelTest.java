package dev.ledgerline.core.metrics.revenue;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.d;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.Subscription;
import dev.ledgerline.core.firm.EntitySettings.TmRevenue;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import dev.ledgerline.core.metrics.backlog.BacklogCalculator;
import dev.ledgerline.core.metrics.margin.EarnedMarginCalculator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/metrics.md, example REV-2: one month of revenue under every billing model. */
class RevenueByModelTest {

    private final SampleFirm firm = new SampleFirm().entity("us", "USD");
    private final ReportQuery march = ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER)
            .withBasis(Basis.FINAL)
            .withRevenueBasis(TmRevenue.AS_PERFORMED);

    RevenueByModelTest() {
        Ref emp1 = firm.employee("EMP-1", "us", "consultant", "Data", "40", "40", "2025-01-01");
        Ref emp2 = firm.employee("EMP-2", "us", "consultant", "Data", "50", "40", "2025-01-01");
        Ref kp = firm.contract(
                "K-P",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("consultant", "100").notToExceed("2000").build());
        Ref kf = firm.contract(
                "K-F",
                "us",
                "USD",
                BillingModel.FIXED_FEE,
                terms().fixedFee("10000", "8000").build());
        Ref ks = firm.contract(
                "K-S",
                "us",
                "USD",
                BillingModel.SUBSCRIPTION,
                terms().period("2026-03-01", "2026-12-31")
                        .subscription(new Subscription(d("3100"), Subscription.Period.MONTH, day("2026-03-01")))
                        .build());
        Ref kr = firm.contract(
                "K-R",
                "us",
                "USD",
                BillingModel.RETAINER,
                terms().period("2026-03-01", "2026-06-30")
                        .rate("consultant", "100")
                        .retainer(new Retainer(null, d("1500"), d("10"), 0, null, null, null))
                        .build());
        Ref pp = firm.clientProject("P-P", "C-1", kp, "us", "Data");
        Ref pf = firm.clientProject("P-F", "C-1", kf, "us", "Data");
        Ref pr = firm.clientProject("P-R", "C-1", kr, "us", "Data");
        firm.entry("TE-P1", emp1, pp, "2026-02-25", "5");
        firm.entry("TE-P2", emp1, pp, "2026-03-03", "10");
        firm.entry("TE-P3", emp1, pp, "2026-03-10", "8");
        firm.entry("TE-P4", emp1, pp, "2026-03-20", "4");
        firm.entry("TE-F1", emp2, pf, "2026-02-10", "20");
        firm.entry("TE-F2", emp2, pf, "2026-02-11", "20");
        firm.entry("TE-F3", emp2, pf, "2026-03-02", "24");
        firm.entry("TE-F4", emp2, pf, "2026-03-03", "24");
        firm.entry("TE-R1", emp1, pr, "2026-03-10", "6");
        firm.invoice(invoice("INV-P", "2026-03-15", "0")
                .contract(kp)
                .project(pp)
                .line(1, "time", "5", "100", "500.00", "TE-P1")
                .line(2, "time", "10", "100", "1000.00", "TE-P2")
                .totalFromLines()
                .build());
        firm.invoice(invoice("INV-F", "2026-03-05", "0")
                .contract(kf)
                .project(pf)
                .line(1, "milestone", "1", "4000", "4000.00")
                .totalFromLines()
                .build());
        firm.invoice(invoice("INV-S", "2026-03-01", "0")
                .contract(ks)
                .line(1, "subscription", "1", "3100", "3100.00")
                .totalFromLines()
                .build());
    }

    @Test
    void rev2FeeRevenueOfTheMonthByModel() {
        var revenue = new RevenueCalculator(firm.held(), firm.settings(), List.of());

        MetricReport byContract = revenue.report(march.withGroupBy(List.of(Dimension.CONTRACT)));
        MetricReport byEmployee = revenue.report(march.withGroupBy(List.of(Dimension.EMPLOYEE)));

        assertThat(byContract.row("crm:K-P").orElseThrow().value()).isEqualByComparingTo("1500.00");
        assertThat(byContract.row("crm:K-F").orElseThrow().value()).isEqualByComparingTo("3000.00");
        assertThat(byContract.row("crm:K-S").orElseThrow().value()).isEqualByComparingTo("3100.00");
        assertThat(byContract.row("crm:K-R").orElseThrow().value()).isEqualByComparingTo("1500.00");
        assertThat(revenue.report(march).total().value()).isEqualByComparingTo("9100.00");
        assertThat(byEmployee.row("hr:EMP-1").orElseThrow().value()).isEqualByComparingTo("2400.00");
        assertThat(byEmployee.row((String) null).orElseThrow().value()).isEqualByComparingTo("6700.00");
    }

    @Test
    void rev2ContractAssetAndDeferredRevenueAtTheMonthEndAndMidMonth() {
        var balances = new DeferredRevenueCalculator(firm.held(), firm.settings(), List.of());
        ReportQuery byContract = march.withGroupBy(List.of(Dimension.CONTRACT));
        ReportQuery midMonth = ReportQuery.of(day("2026-03-01"), day("2026-03-15"), LATER)
                .withBasis(Basis.FINAL)
                .withRevenueBasis(TmRevenue.AS_PERFORMED)
                .withGroupBy(List.of(Dimension.CONTRACT));

        MetricReport asset = balances.contractAsset(byContract);
        MetricReport deferredMid = balances.deferredRevenue(midMonth);

        assertThat(asset.row("crm:K-P").orElseThrow().value()).isEqualByComparingTo("500.00");
        assertThat(asset.row("crm:K-F").orElseThrow().value()).isEqualByComparingTo("1500.00");
        assertThat(balances.contractAsset(march).total().value()).isEqualByComparingTo("2000.00");
        assertThat(balances.deferredRevenue(march).total().value()).isEqualByComparingTo("0.00");
        assertThat(deferredMid.row("crm:K-S").orElseThrow().value()).isEqualByComparingTo("1600.00");
        assertThat(balances.contractAsset(midMonth).row("crm:K-P").orElseThrow().value())
                .isEqualByComparingTo("500.00");
    }

    @Test
    void rev2PercentCompleteEarnedMarginAndFixedFeeBacklog() {
        var pct = new PctCompleteCalculator(firm.held(), firm.settings(), List.of());
        var earned = new EarnedMarginCalculator(firm.held(), firm.settings(), List.of());
        var backlog = new BacklogCalculator(firm.held(), firm.settings(), List.of());
        ReportQuery byContract = march.withGroupBy(List.of(Dimension.CONTRACT));

        var pctRow = pct.report(march).total();
        MetricReport earnedRows = earned.report(byContract);

        assertThat(pctRow.value()).isEqualByComparingTo("0.5500");
        assertThat(pctRow.numerator()).isEqualByComparingTo("4400.00");
        assertThat(earnedRows.row("crm:K-F").orElseThrow().value()).isEqualByComparingTo("1100.00");
        assertThat(earnedRows.row("crm:K-P").orElseThrow().value()).isEqualByComparingTo("920.00");
        assertThat(backlog.report(byContract).row("crm:K-F").orElseThrow().value())
                .isEqualByComparingTo("4500.00");
    }
}
