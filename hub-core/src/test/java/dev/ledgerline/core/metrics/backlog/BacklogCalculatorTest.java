package dev.ledgerline.core.metrics.backlog;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.d;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleFirm.ref;
import static dev.ledgerline.core.metrics.SampleInvoice.creditNote;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.Subscription;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacklogCalculatorTest {

    /** docs/metrics.md, example BACK-1. */
    @Test
    void back1CapOrBudgetLessNetBilledFeesAndUninvoicedPeriods() {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref t1 = firm.contract(
                "K-T1",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("consultant", "150").notToExceed("10000").build());
        Ref t2 = firm.contract(
                "K-T2",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("consultant", "150").build());
        firm.add(
                "psa",
                "P-T2",
                new Project(
                        "P-T2",
                        ref("crm", "C-2"),
                        "us",
                        Project.Kind.CLIENT,
                        t2,
                        null,
                        null,
                        "Data",
                        null,
                        null,
                        null,
                        d("8000"),
                        true));
        firm.contract("K-T3", "us", "USD", BillingModel.TIME_AND_MATERIALS, ContractTerms.NONE);
        Ref r = firm.contract(
                "K-R",
                "us",
                "USD",
                BillingModel.RETAINER,
                terms().period("2026-01-01", "2026-06-30")
                        .retainer(new Retainer(null, d("2000"), d("20"), null, null, null, null))
                        .build());
        Ref s = firm.contract(
                "K-S",
                "us",
                "USD",
                BillingModel.SUBSCRIPTION,
                terms().period("2026-01-15", "2026-12-31")
                        .subscription(new Subscription(d("1200"), Subscription.Period.QUARTER, day("2026-01-15")))
                        .build());
        firm.invoice(invoice("INV-T1", "2026-02-28", "0")
                .contract(t1)
                .line(1, "time", "20", "150", "3000.00", "TE-1")
                .line(2, "writedown", "1", "-200.00", "-200.00", 1, null)
                .totalFromLines()
                .build());
        firm.invoice(creditNote("CN-T1", "2026-03-10", "0")
                .contract(t1)
                .reverses("INV-T1")
                .line(1, "time", "1", "300.00", "300.00", null, 1)
                .totalFromLines()
                .build());
        firm.invoice(invoice("INV-T2", "2026-03-02", "0")
                .contract(t2)
                .line(1, "time", "1", "1000", "1000.00", "TE-2")
                .totalFromLines()
                .build());
        for (String month : List.of("01", "02", "03")) {
            firm.invoice(invoice("INV-R" + month, "2026-" + month + "-01", "0")
                    .contract(r)
                    .line(1, "retainer", "1", "2000", "2000.00")
                    .totalFromLines()
                    .build());
        }
        firm.invoice(invoice("INV-R04", "2026-04-01", "0")
                .contract(r)
                .line(1, "retainer", "1", "2000", "2000.00")
                .totalFromLines()
                .build());
        firm.invoice(invoice("INV-S1", "2026-01-15", "0")
                .contract(s)
                .line(1, "subscription", "1", "1200", "1200.00")
                .totalFromLines()
                .build());
        var calculator = new BacklogCalculator(firm.held(), firm.settings(), List.of());
        ReportQuery query =
                ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER).withBasis(Basis.FINAL);

        MetricReport byContract = calculator.report(query.withGroupBy(List.of(Dimension.CONTRACT)));
        var total = calculator.report(query).total();

        assertThat(byContract.row("crm:K-T1").orElseThrow().value()).isEqualByComparingTo("7500.00");
        assertThat(byContract.row("crm:K-T2").orElseThrow().value()).isEqualByComparingTo("7000.00");
        assertThat(byContract.row("crm:K-T3")).isEmpty();
        assertThat(byContract.row("crm:K-R").orElseThrow().value()).isEqualByComparingTo("6000.00");
        assertThat(byContract.row("crm:K-R").orElseThrow().field("periods")).isEqualByComparingTo("3");
        assertThat(byContract.row("crm:K-S").orElseThrow().value()).isEqualByComparingTo("3600.00");
        assertThat(byContract.row("crm:K-S").orElseThrow().field("periods")).isEqualByComparingTo("3");
        assertThat(total.value()).isEqualByComparingTo("24100.00");
        assertThat(total.field("periods")).isEqualByComparingTo("6");
    }
}
