package dev.ledgerline.core.metrics.margin;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.d;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleInvoice.creditNote;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.metrics.SampleProposal.proposal;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import dev.ledgerline.core.metrics.revenue.EffectiveBillRateCalculator;
import dev.ledgerline.core.metrics.revenue.RevenueCalculator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarginCalculatorTest {

    private final SampleFirm firm = new SampleFirm().entity("us", "USD");
    private final Ref k1 = firm.contract(
            "K-1",
            "us",
            "USD",
            BillingModel.TIME_AND_MATERIALS,
            terms().rate("consultant", "150").expensePolicy(true, "10", null).build());
    private final Ref p1 = firm.clientProject("P-1", "C-1", k1, "us", "Data");
    private final ReportQuery marchFinal =
            ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER).withBasis(Basis.FINAL);
    private final List<InvoiceProposal> proposals = List.of(
            proposal("PR-1", k1, p1, ProposalStatus.APPROVED, "2026-03-31")
                    .timeLine("1", "4", "150", "600.00", "TE-4")
                    .build(),
            proposal("PR-2", k1, p1, ProposalStatus.REJECTED, "2026-03-31")
                    .line("1", LineKind.MILESTONE, "999", null)
                    .build(),
            proposal("PR-3", k1, p1, ProposalStatus.PROPOSED, "2026-03-31")
                    .timeLine("1", "1", "150", "150.00", "TE-9")
                    .build());

    MarginCalculatorTest() {
        Ref emp = firm.employee("EMP-1", "us", "consultant", "Data", "60", "40", "2025-01-01");
        firm.entry("TE-0", emp, p1, "2026-02-20", "5");
        firm.entry("TE-1", emp, p1, "2026-03-02", "8");
        firm.entry("TE-2", emp, p1, "2026-03-03", "6");
        firm.add(
                "psa",
                "TE-3",
                new TimeEntry(
                        emp,
                        p1,
                        day("2026-03-04"),
                        d("2"),
                        null,
                        null,
                        TimeEntry.Status.APPROVED,
                        false,
                        "m",
                        Instant.parse("2026-03-04T18:00:00Z"),
                        null));
        firm.entry("TE-4", emp, p1, "2026-03-30", "4");
        firm.expense("EX-1", emp, p1, "2026-03-05", "200.00", "USD", Expense.Status.APPROVED);
        firm.invoice(invoice("INV-0", "2026-02-27", "0")
                .contract(k1)
                .project(p1)
                .line(1, "time", "5", "150.00", "750.00", "TE-0")
                .totalFromLines()
                .build());
        firm.invoice(invoice("INV-1", "2026-03-15", "0")
                .contract(k1)
                .project(p1)
                .line(1, "time", "8", "150.00", "1200.00", "TE-1")
                .line(2, "time", "6", "150.00", "900.00", "TE-2")
                .line(3, "writedown", "1", "-90.00", "-90.00", 2, null)
                .line(4, "expense", "1", "200.00", "200.00")
                .line(5, "expense_markup", "1", "20.00", "20.00")
                .totalFromLines()
                .build());
        firm.invoice(creditNote("CN-1", "2026-04-02", "0")
                .contract(k1)
                .project(p1)
                .reverses("INV-1")
                .line(1, "time", "1", "100.00", "100.00", null, 1)
                .totalFromLines()
                .build());
    }

    /** docs/metrics.md, example MARG-1, revenue. */
    @Test
    void marg1RevenueAsBilledIsTimeFeesAfterWriteDownsWithPassThroughApart() {
        var revenue = new RevenueCalculator(firm.held(), firm.settings(), proposals);

        MetricRow march = revenue.report(marchFinal).total();
        MetricRow byEmployee = revenue.report(marchFinal.withGroupBy(List.of(Dimension.EMPLOYEE)))
                .row("hr:EMP-1")
                .orElseThrow();
        MetricRow april = revenue.report(ReportQuery.of(day("2026-04-01"), day("2026-04-30"), LATER)
                        .withBasis(Basis.FINAL))
                .total();

        assertThat(march.value()).isEqualByComparingTo("2010.00");
        assertThat(march.field("expenses")).isEqualByComparingTo("200.00");
        assertThat(march.field("markup")).isEqualByComparingTo("20.00");
        assertThat(march.field("allIn")).isEqualByComparingTo("2230.00");
        assertThat(byEmployee.value()).isEqualByComparingTo("2010.00");
        assertThat(april.value()).isEqualByComparingTo("-100.00");
    }

    /** docs/metrics.md, example MARG-1, provisional revenue from approved proposals. */
    @Test
    void marg1ProvisionalRevenueReadsProposalsThatHoldWork() {
        var revenue = new RevenueCalculator(firm.held(), firm.settings(), proposals);

        MetricRow march =
                revenue.report(marchFinal.withBasis(Basis.PROVISIONAL)).total();

        assertThat(march.value()).isEqualByComparingTo("600.00");
    }

    /** docs/metrics.md, example MARG-1, margin and margin percent. */
    @Test
    void marg1FeeMarginAndAllInMargin() {
        var margin = new MarginCalculator(firm.held(), firm.settings(), proposals);

        MetricRow amount = margin.margin(marchFinal).total();
        MetricRow percent = margin.marginPercent(marchFinal).total();

        assertThat(amount.value()).isEqualByComparingTo("810.00");
        assertThat(amount.field("labourCost")).isEqualByComparingTo("1200.00");
        assertThat(amount.field("allInMargin")).isEqualByComparingTo("830.00");
        assertThat(percent.value()).isEqualByComparingTo("40.30");
        assertThat(percent.field("allInPercent")).isEqualByComparingTo("37.22");
    }

    /** docs/metrics.md, example MARG-1, effective bill rate. */
    @Test
    void marg1EffectiveBillRateSpreadsFeesOverAllApprovedClientHours() {
        var rate = new EffectiveBillRateCalculator(firm.held(), firm.settings(), proposals);

        MetricRow march = rate.report(marchFinal).total();

        assertThat(march.numerator()).isEqualByComparingTo("2010.00");
        assertThat(march.denominator()).isEqualByComparingTo("20");
        assertThat(march.value()).isEqualByComparingTo("100.50");
    }

    @Test
    void marginPercentWithoutRevenueIsNull() {
        var margin = new MarginCalculator(firm.held(), firm.settings(), proposals);

        MetricRow may = margin.marginPercent(ReportQuery.of(day("2026-05-01"), day("2026-05-31"), LATER))
                .total();

        assertThat(may.value()).isNull();
    }
}
