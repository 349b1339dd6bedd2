package dev.ledgerline.core.metrics.realization;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleInvoice.creditNote;
import static dev.ledgerline.core.metrics.SampleInvoice.invoice;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import dev.ledgerline.core.metrics.SampleInvoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of realization. Billing realization = rate realization × write-down realization holds for
 * the unrounded ratios of every row, because the three share one population: the rate numerator is
 * the write-down denominator (contract value), the write-down numerator is the billing numerator
 * (billed value) and the rate denominator is the billing denominator (standard value). The reported
 * ratios are each rounded to 4 decimals on their own, so the rounded figures need not multiply out.
 */
class RealizationLawsTest {

    /** An entry: employee 0–2, quarter-hours, day of March, invoiced?, write-down in cents, credited cents. */
    record Work(int employee, int quarterHours, int day, boolean invoiced, int writeDownCents, int creditCents) {}

    @Provide
    Arbitrary<List<Work>> work() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(1, 31),
                        Arbitraries.of(true, true, false),
                        Arbitraries.integers().between(0, 5000),
                        Arbitraries.integers().between(0, 3000))
                .as(Work::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Dimension>> groupings() {
        return Arbitraries.of(Dimension.EMPLOYEE, Dimension.ROLE, Dimension.PROJECT, Dimension.WEEK, Dimension.MONTH)
                .list()
                .uniqueElements()
                .ofMaxSize(2);
    }

    @Property
    void billingRealizationIsRateTimesWriteDownRealizationOnEveryRow(
            @ForAll("work") List<Work> work, @ForAll("groupings") List<Dimension> groupBy) {
        SampleFirm firm = firmWith(work);
        var calculator = new RealizationCalculator(firm.held(), firm.settings());
        ReportQuery query = ReportQuery.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LATER)
                .withGroupBy(groupBy);

        MetricReport rate = calculator.rate(query);
        MetricReport writeDown = calculator.writeDown(query);
        MetricReport billing = calculator.billing(query);

        assertThat(rate.rows()).hasSameSizeAs(billing.rows());
        for (int i = 0; i < billing.rows().size(); i++) {
            MetricRow r = rate.rows().get(i);
            MetricRow w = writeDown.rows().get(i);
            MetricRow b = billing.rows().get(i);
            assertThat(r.group()).isEqualTo(b.group());
            assertThat(r.numerator()).isEqualByComparingTo(w.denominator());
            assertThat(w.numerator()).isEqualByComparingTo(b.numerator());
            assertThat(r.denominator()).isEqualByComparingTo(b.denominator());
            // (C / S) × (B / C) = B / S as exact fractions: C·B·S = B·S·C
            assertThat(r.numerator().multiply(w.numerator()).multiply(b.denominator()))
                    .isEqualByComparingTo(
                            b.numerator().multiply(r.denominator()).multiply(w.denominator()));
        }
    }

    @Property
    void realizationRowsAddUpToTheTotalNumeratorAndDenominator(
            @ForAll("work") List<Work> work, @ForAll("groupings") List<Dimension> groupBy) {
        SampleFirm firm = firmWith(work);
        var calculator = new RealizationCalculator(firm.held(), firm.settings());
        ReportQuery total = ReportQuery.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LATER);

        MetricReport grouped = calculator.billing(total.withGroupBy(groupBy));
        MetricRow all = calculator.billing(total).total();

        assertThat(sum(grouped, MetricRow::numerator)).isEqualByComparingTo(all.numerator());
        assertThat(sum(grouped, MetricRow::denominator)).isEqualByComparingTo(all.denominator());
    }

    private static BigDecimal sum(MetricReport report, java.util.function.Function<MetricRow, BigDecimal> part) {
        return report.rows().stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static SampleFirm firmWith(List<Work> work) {
        SampleFirm firm = new SampleFirm()
                .entity("us", "USD")
                .firmRate("us", "r0", "200", "USD", "2025-01-01")
                .firmRate("us", "r1", "157.35", "USD", "2025-01-01")
                .firmRate("us", "r2", "99.99", "USD", "2025-01-01");
        Ref k = firm.contract(
                "K",
                "us",
                "USD",
                BillingModel.TIME_AND_MATERIALS,
                terms().rate("r0", "185")
                        .rate("r1", "160.10")
                        .rate("r2", "87.50")
                        .roundingIncrement("0.1")
                        .build());
        Ref p = firm.clientProject("P", "C", k, "us", "Data");
        String[] contractRates = {"185", "160.10", "87.50"};
        for (int e = 0; e < 3; e++) {
            firm.employee("E" + e, "us", "r" + e, "Data", "50", "40", "2025-01-01");
        }
        SampleInvoice inv = invoice("INV", "2026-04-01", "0").contract(k).project(p);
        SampleInvoice cn =
                creditNote("CN", "2026-04-15", "0").contract(k).project(p).reverses("INV");
        int line = 0;
        int creditLine = 0;
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            BigDecimal hours = BigDecimal.valueOf(w.quarterHours() * 25L, 2);
            String id = "TE-" + i;
            firm.entry(
                    id,
                    SampleFirm.ref("hr", "E" + w.employee()),
                    p,
                    LocalDate.of(2026, 3, w.day()).toString(),
                    hours.toPlainString());
            if (!w.invoiced()) {
                continue;
            }
            BigDecimal billable = hours.divide(new BigDecimal("0.1"), 0, java.math.RoundingMode.CEILING)
                    .multiply(new BigDecimal("0.1"));
            BigDecimal amount = billable.multiply(new BigDecimal(contractRates[w.employee()]))
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            int timeLine = ++line;
            inv.line(
                    timeLine,
                    "time",
                    billable.toPlainString(),
                    contractRates[w.employee()],
                    amount.toPlainString(),
                    id);
            BigDecimal down = BigDecimal.valueOf(w.writeDownCents(), 2).min(amount);
            if (down.signum() > 0) {
                inv.line(
                        ++line,
                        "writedown",
                        "1",
                        down.negate().toPlainString(),
                        down.negate().toPlainString(),
                        timeLine,
                        null);
            }
            BigDecimal credit = BigDecimal.valueOf(w.creditCents(), 2).min(amount.subtract(down));
            if (credit.signum() > 0) {
                cn.line(++creditLine, "time", "1", credit.toPlainString(), credit.toPlainString(), null, timeLine);
            }
        }
        if (line > 0) {
            firm.invoice(inv.totalFromLines().build());
        }
        if (creditLine > 0) {
            firm.invoice(cn.totalFromLines().build());
        }
        return firm;
    }
}
