package dev.ledgerline.core.metrics.realization;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleInvoice.creditNote;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealizationCalculatorTest {

    private final SampleFirm firm = new SampleFirm()
            .entity("us", "USD")
            .firmRate("us", "consultant", "200", "USD", "2025-01-01")
            .firmRate("us", "senior", "250", "USD", "2025-01-01");
    private final ReportQuery march = ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER);

    RealizationCalculatorTest() {
        Ref emp1 = firm.employee("EMP-1", "us", "consultant", "Data", "50", "40", "2025-01-01");
        Ref emp2 = firm.employee("EMP-2", "us", "senior", "Data", "70", "40", "2025-01-01");
        Ref emp3 = firm.employee("EMP-3", "us", "intern", "Data", "20", "40", "2025-01-01");
        Ref k1 = firm.contract(
                "K-1",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("consultant", "180")
                        .rate("senior", "240")
                        .rate("intern", "100")
                        .roundingIncrement("0.25")
                        .build());
        Ref p1 = firm.clientProject("P-1", "C-1", k1, "us", "Data");
        firm.entry("TE-1", emp1, p1, "2026-03-02", "7.9");
        firm.entry("TE-2", emp2, p1, "2026-03-03", "5");
        firm.entry("TE-3", emp1, p1, "2026-03-04", "2");
        firm.entry("TE-4", emp3, p1, "2026-03-05", "4");
        firm.entry("TE-5", emp1, p1, "2026-02-27", "3");
        firm.invoice(invoice("INV-1", "2026-03-31", "0")
                .contract(k1)
                .project(p1)
                .line(1, "time", "8.00", "180.00", "1440.00", "TE-1")
                .line(2, "time", "5.00", "240.00", "1200.00", "TE-2")
                .line(3, "time", "4.00", "100.00", "400.00", "TE-4")
                .line(4, "time", "3.00", "180.00", "540.00", "TE-5")
                .line(5, "writedown", "1", "-144.00", "-144.00", 1, null)
                .totalFromLines()
                .build());
        firm.invoice(creditNote("CN-1", "2026-04-10", "0")
                .contract(k1)
                .project(p1)
                .reverses("INV-1")
                .line(1, "time", "1", "120.00", "120.00", null, 2)
                .totalFromLines()
                .build());
    }

    /** docs/metrics.md, example REAL-1. */
    @Test
    void real1ThreeRealizationsShareOnePopulation() {
        var calculator = new RealizationCalculator(firm.held(), firm.settings());

        MetricRow rate = calculator.rate(march).total();
        MetricRow writeDown = calculator.writeDown(march).total();
        MetricRow billing = calculator.billing(march).total();

        assertThat(rate.numerator()).isEqualByComparingTo("2640.00");
        assertThat(rate.denominator()).isEqualByComparingTo("2850.00");
        assertThat(rate.value()).isEqualByComparingTo("0.9263");
        assertThat(writeDown.numerator()).isEqualByComparingTo("2376.00");
        assertThat(writeDown.value()).isEqualByComparingTo("0.9000");
        assertThat(billing.value()).isEqualByComparingTo("0.8337");
        assertThat(billing.flags()).containsExactly(Flag.NO_STANDARD_RATE);
        assertThat(billing.field("entries")).isEqualByComparingTo("2");
        assertThat(billing.field("excludedEntries")).isEqualByComparingTo("1");
    }

    /** docs/metrics.md, example REAL-1, by employee. */
    @Test
    void real1ByEmployeeTheEntryWithoutStandardRateHasNoRatio() {
        var calculator = new RealizationCalculator(firm.held(), firm.settings());
        ReportQuery byEmployee = march.withGroupBy(List.of(Dimension.EMPLOYEE));

        MetricReport rate = calculator.rate(byEmployee);
        MetricReport billing = calculator.billing(byEmployee);

        assertThat(rate.row("hr:EMP-1").orElseThrow().value()).isEqualByComparingTo("0.9000");
        assertThat(rate.row("hr:EMP-2").orElseThrow().value()).isEqualByComparingTo("0.9600");
        assertThat(billing.row("hr:EMP-1").orElseThrow().value()).isEqualByComparingTo("0.8100");
        assertThat(billing.row("hr:EMP-2").orElseThrow().value()).isEqualByComparingTo("0.8640");
        assertThat(billing.row("hr:EMP-3").orElseThrow().value()).isNull();
        assertThat(billing.row("hr:EMP-3").orElseThrow().flags()).containsExactly(Flag.NO_STANDARD_RATE);
    }

    @Test
    void aCreditNoteNotYetPulledBackAtTheAsOfInstantDoesNotReduceBilledValue() {
        var calculator =
                new RealizationCalculator(firm.held(java.time.Instant.parse("2024-12-31T00:00:00Z")), firm.settings());

        MetricRow writeDown = calculator.writeDown(march).total();

        assertThat(writeDown.value()).isNull();
        assertThat(writeDown.field("entries")).isEqualByComparingTo("0");
    }
}
