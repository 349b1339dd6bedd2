package dev.ledgerline.core.metrics.receivables;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static dev.ledgerline.core.metrics.SampleInvoice.creditNote;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.InvoiceDispute;
import dev.ledgerline.core.canonical.InvoiceReference;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import dev.ledgerline.core.metrics.SampleRates;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReceivablesReportsTest {

    @Nested
    class Aging {

        /** docs/metrics.md, example AR-1. */
        @Test
        void ar1ResidualsAreBucketedByDaysPastDueWithUnappliedCreditsApart() {
            SampleFirm firm = new SampleFirm().entity("us", "USD");
            firm.invoice(invoice("INV-1", "2026-01-05", "1000.00")
                    .due("2026-02-04")
                    .paid("400.00", "2026-02-10")
                    .paid("100.00", "2026-04-05")
                    .build());
            firm.invoice(
                    invoice("INV-2", "2026-03-10", "500.00").due("2026-04-09").build());
            firm.invoice(
                    creditNote("CN-1", "2026-03-15", "200.00").reverses("INV-2").build());
            firm.invoice(
                    invoice("INV-3", "2025-11-01", "2000.00").due("2025-12-01").build());
            firm.invoice(invoice("INV-4", "2026-02-20", "750.00")
                    .due("2026-03-01")
                    .paid("750.00", "2026-03-20")
                    .build());
            firm.invoice(invoice("INV-5", "2026-02-01", "300.00")
                    .due("2026-03-03")
                    .paidBy("CN-2", "100.00", "2026-03-05")
                    .build());
            firm.invoice(creditNote("CN-2", "2026-03-05", "250.00").build());
            firm.invoice(creditNote("CN-3", "2026-04-02", "90.00").build());
            firm.invoice(
                    invoice("INV-6", "2025-12-01", "400.00").due("2025-12-31").build());
            firm.invoice(invoice("INV-7", "2026-03-01", "999.00").state("draft").build());
            firm.add(
                    "crm",
                    "D-1",
                    new InvoiceDispute(
                            new InvoiceReference.ById("INV-3"), "hours disputed", day("2026-02-01"), List.of(), null));
            var calculator = new ArAgingCalculator(firm.held(), firm.settings());

            MetricRow row = calculator
                    .report(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER))
                    .total();

            assertThat(row.field("current")).isEqualByComparingTo("300.00");
            assertThat(row.field("1-30")).isEqualByComparingTo("200.00");
            assertThat(row.field("31-60")).isEqualByComparingTo("600.00");
            assertThat(row.field("61-90")).isEqualByComparingTo("400.00");
            assertThat(row.field(">90")).isEqualByComparingTo("2000.00");
            assertThat(row.field("unappliedCredits")).isEqualByComparingTo("-150.00");
            assertThat(row.field("disputed")).isEqualByComparingTo("2000.00");
            assertThat(row.value()).isEqualByComparingTo("3350.00");
        }

        @Test
        void anInvoicePulledBackAfterTheAsOfInstantIsNotYetReceivable() {
            SampleFirm firm = new SampleFirm().entity("us", "USD");
            firm.invoice(invoice("INV-1", "2026-03-05", "100.00").build(), Instant.parse("2026-03-05T12:00:00Z"));
            firm.invoice(invoice("INV-2", "2026-03-30", "50.00").build(), Instant.parse("2026-04-01T08:00:00Z"));
            ReportQuery query =
                    ReportQuery.of(day("2026-03-01"), day("2026-03-31"), Instant.parse("2026-03-31T23:00:00Z"));

            MetricRow row = new ArAgingCalculator(firm.held(query.asOf()), firm.settings())
                    .report(query)
                    .total();

            assertThat(row.value()).isEqualByComparingTo("100.00");
        }

        @Test
        void aCreditNoteListedAmongTheInvoicePaymentsIsAppliedOnceOnly() {
            SampleFirm firm = new SampleFirm().entity("us", "USD");
            firm.invoice(invoice("INV-1", "2026-03-01", "500.00")
                    .paidBy("CN-1", "200.00", "2026-03-10")
                    .build());
            firm.invoice(creditNote("CN-1", "2026-03-10", "200.00")
                    .reverses("INV-1")
                    .paidBy("INV-1", "200.00", "2026-03-10")
                    .build());

            MetricRow row = new ArAgingCalculator(firm.held(), firm.settings())
                    .report(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER))
                    .total();

            assertThat(row.field("current")).isEqualByComparingTo("300.00");
            assertThat(row.field("unappliedCredits")).isEqualByComparingTo("0.00");
        }
    }

    @Nested
    class ForeignCurrency {

        private final SampleFirm firm = new SampleFirm().entity("eu", "EUR");

        ForeignCurrency() {
            firm.settings(firm.settings()
                    .withExchangeRates(
                            "eu",
                            new SampleRates("EUR")
                                    .rate("USD", "2026-03-02", "1.08")
                                    .rate("USD", "2026-03-20", "1.10")
                                    .rate("USD", "2026-03-31", "1.05")));
            firm.invoice(invoice("INV-EU-1", "2026-03-02", "1080.00")
                    .entity("eu", "USD")
                    .paid("540.00", "2026-03-20")
                    .build());
        }

        /** docs/metrics.md, example AR-2, aging. */
        @Test
        void ar2ForeignResidualIsConvertedAtTheInvoiceDateAndShownInItsCurrency() {
            MetricReport report = new ArAgingCalculator(firm.held(), firm.settings())
                    .report(ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER, Dimension.CURRENCY));

            MetricRow usd = report.row("USD").orElseThrow();
            assertThat(usd.value()).isEqualByComparingTo("500.00");
            assertThat(usd.currency()).isEqualTo("EUR");
            assertThat(usd.field("transactionAmount")).isEqualByComparingTo("540.00");
        }

        /** docs/metrics.md, example AR-2, realized and unrealized exchange differences. */
        @Test
        void ar2PaymentRealizesALossAndTheOpenRestAnUnrealizedGain() {
            var fx = new FxCalculator(firm.held(), firm.settings());
            ReportQuery march = ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER);

            MetricRow realized = fx.realized(march).total();
            MetricRow unrealized = fx.unrealized(march).total();

            assertThat(realized.value()).isEqualByComparingTo("-9.09");
            assertThat(realized.field("atCurrentRate")).isEqualByComparingTo("490.91");
            assertThat(unrealized.value()).isEqualByComparingTo("14.29");
            assertThat(unrealized.field("atCurrentRate")).isEqualByComparingTo("514.29");
        }
    }

    @Nested
    class SalesOutstandingAndCollection {

        private final SampleFirm firm = new SampleFirm().entity("us", "USD");

        SalesOutstandingAndCollection() {
            firm.invoice(invoice("INV-A", "2026-01-10", "3100.00")
                    .paid("1000.00", "2026-01-25")
                    .paid("2100.00", "2026-02-15")
                    .build());
            firm.invoice(invoice("INV-B", "2026-02-05", "1400.00").build());
            firm.invoice(
                    creditNote("CN-B", "2026-02-10", "400.00").reverses("INV-B").build());
        }

        /** docs/metrics.md, example DSO-1. */
        @Test
        void dso1EachMonthIsItsOwnPeriodAndAQuarterUsesItsEndBalance() {
            var dso = new DsoCalculator(firm.held(), firm.settings());
            ReportQuery q1 = ReportQuery.of(day("2026-01-01"), day("2026-03-31"), LATER);

            MetricReport byMonth = dso.report(q1.withGroupBy(List.of(Dimension.MONTH)));
            MetricReport byQuarter = dso.report(q1.withGroupBy(List.of(Dimension.QUARTER)));
            MetricRow whole = dso.report(q1).total();

            assertThat(byMonth.row("2026-01").orElseThrow().value()).isEqualByComparingTo("21.00");
            assertThat(byMonth.row("2026-02").orElseThrow().value()).isEqualByComparingTo("28.00");
            assertThat(byMonth.row("2026-02").orElseThrow().denominator()).isEqualByComparingTo("1000.00");
            assertThat(byMonth.row("2026-03").orElseThrow().value()).isNull();
            assertThat(byMonth.row("2026-03").orElseThrow().numerator()).isEqualByComparingTo("1000.00");
            assertThat(byQuarter.row("2026-Q1").orElseThrow().value()).isEqualByComparingTo("21.95");
            assertThat(whole.value()).isEqualByComparingTo("21.95");
        }

        /** docs/metrics.md, example COLL-1. */
        @Test
        void coll1PaymentsUpToTheReportDateOnInvoicesOfThePeriod() {
            var collection = new CollectionRealizationCalculator(firm.held(), firm.settings());

            MetricRow january = collection
                    .report(ReportQuery.of(day("2026-01-01"), day("2026-01-31"), LATER))
                    .total();
            MetricRow toFebruary = collection
                    .report(ReportQuery.of(day("2026-01-01"), day("2026-02-28"), LATER))
                    .total();

            assertThat(january.value()).isEqualByComparingTo("0.3226");
            assertThat(january.numerator()).isEqualByComparingTo("1000.00");
            assertThat(toFebruary.value()).isEqualByComparingTo("0.6889");
            assertThat(toFebruary.denominator()).isEqualByComparingTo("4500.00");
        }

        @Test
        void collectionRealizationWithoutInvoicesIsNull() {
            var collection = new CollectionRealizationCalculator(firm.held(), firm.settings());

            MetricRow row = collection
                    .report(ReportQuery.of(day("2026-05-01"), day("2026-05-31"), LATER))
                    .total();

            assertThat(row.value()).isNull();
            assertThat(row.denominator()).isEqualByComparingTo("0.00");
        }
    }
}
