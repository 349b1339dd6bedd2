package dev.ledgerline.core.metrics.margin;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealizedMarginCalculatorTest {

    /** docs/metrics.md, example RMARG-1. */
    @Test
    void rmarg1PaymentIsSpreadOverLinesAndCarriesItsShareOfTheirCost() {
        SampleFirm firm = new SampleFirm().entity("us", "USD");
        Ref emp = firm.employee("EMP-1", "us", "consultant", "Data", "60", "40", "2025-01-01");
        Ref k1 = firm.contract(
                "K-1",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("consultant", "150").build());
        Ref p1 = firm.clientProject("P-1", "C-1", k1, "us", "Data");
        firm.entry("TE-1", emp, p1, "2026-03-02", "8");
        firm.entry("TE-2", emp, p1, "2026-03-03", "4");
        firm.expense("EX-1", emp, p1, "2026-03-04", "100.00", "USD", Expense.Status.APPROVED);
        firm.invoice(invoice("INV-1", "2026-03-31", "0")
                .contract(k1)
                .project(p1)
                .line(1, "time", "8", "150", "1200.00", "TE-1")
                .line(2, "time", "4", "150", "600.00", "TE-2")
                .expenseLine(3, "100.00", "EX-1")
                .line(4, "expense_markup", "1", "10.00", "10.00")
                .totalFromLines()
                .tax("191.00")
                .paid("1050.50", "2026-04-10")
                .build());
        var calculator = new RealizedMarginCalculator(firm.held(), firm.settings());
        ReportQuery april = ReportQuery.of(day("2026-04-01"), day("2026-04-30"), LATER);

        MetricRow total = calculator.report(april).total();
        MetricReport byEmployee = calculator.report(april.withGroupBy(List.of(Dimension.EMPLOYEE)));

        assertThat(total.field("realizedRevenue")).isEqualByComparingTo("955.00");
        assertThat(total.field("realizedCost")).isEqualByComparingTo("410.00");
        assertThat(total.value()).isEqualByComparingTo("545.00");
        assertThat(byEmployee.row("hr:EMP-1").orElseThrow().value()).isEqualByComparingTo("540.00");
        assertThat(byEmployee.row((String) null).orElseThrow().value()).isEqualByComparingTo("5.00");
        assertThat(calculator
                        .report(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER))
                        .total()
                        .value())
                .isEqualByComparingTo("0.00");
    }
}
