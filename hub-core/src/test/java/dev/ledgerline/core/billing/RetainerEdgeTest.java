package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.billing.retainer.RetainerBalance;
import dev.ledgerline.core.billing.retainer.RetainerMonth;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.Subscription;
import dev.ledgerline.core.recognition.RetainerRevenue;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetainerEdgeTest {

    @Test
    void lastMonthPartlyOutsideTheContractIsProRatedByDaysWithHoursRoundedToTwoDecimals() {
        Contract c = terms().period("2026-01-01", "2026-02-10")
                .retainer(new Retainer(Retainer.Mode.HOURS, dec("2800"), dec("20"), 0, null, null, null))
                .contract(BillingModel.RETAINER);

        List<RetainerMonth> months = RetainerMonth.of(c, YearMonth.of(2026, 3));

        assertThat(months).hasSize(2);
        assertThat(months.getLast().fee()).isEqualByComparingTo("1000.00"); // 2800 × 10 / 28
        assertThat(months.getLast().balance()).isEqualByComparingTo("7.14"); // 20 × 10 / 28 = 7.142857…
        assertThat(months.getLast().isProRated()).isTrue();
    }

    /** docs/billing-examples.md, example 7b. */
    @Test
    void example7bAmountModeRolloverAboveMaxRolloverAmountExpiresAtTheEndOfTheMonthItWasBought() {
        Contract c = terms().period("2026-01-01", null)
                .rate("senior", "100")
                .retainer(new Retainer(Retainer.Mode.AMOUNT, dec("1000"), null, 2, null, dec("300"), null))
                .contract(BillingModel.RETAINER);
        var books =
                Books.of(c).entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("4"));
        var ctx = dev.ledgerline.core.billing.state.RunContext.of(
                        books.state(),
                        java.time.LocalDate.parse("2026-02-28"),
                        java.time.Instant.parse("2026-02-28T23:00:00Z"),
                        Setups.standard())
                .orElseThrow();

        RetainerBalance balance = RetainerBalance.simulate(
                c,
                dev.ledgerline.core.billing.retainer.RetainerLines.entries(
                        ctx, new dev.ledgerline.core.billing.draft.BillingDrafts(ctx.contractRef())),
                YearMonth.of(2026, 2));

        // January: 400 drawn, 600 unused of which 300 may roll over; February: 1000 unused, 300 may roll over
        assertThat(balance.expiries())
                .extracting(e -> e.bought() + "@" + e.at(), e -> e.value().toPlainString(), e -> e.aboveCap())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-01@2026-01", "300.00", true),
                        org.assertj.core.groups.Tuple.tuple("2026-02@2026-02", "700", true));
        assertThat(balance.monthEnds().getLast().value()).isEqualByComparingTo("600");
        RetainerRevenue revenue = RetainerRevenue.of(
                c,
                dev.ledgerline.core.billing.retainer.RetainerLines.entries(
                        ctx, new dev.ledgerline.core.billing.draft.BillingDrafts(ctx.contractRef())),
                YearMonth.of(2026, 2));
        assertThat(revenue.month(YearMonth.of(2026, 1)).revenue()).isEqualByComparingTo("700.00");
        assertThat(revenue.month(YearMonth.of(2026, 1)).deferredRevenue()).isEqualByComparingTo("300.00");
        assertThat(revenue.month(YearMonth.of(2026, 2)).revenue()).isEqualByComparingTo("700");
        assertThat(revenue.month(YearMonth.of(2026, 2)).deferredRevenue()).isEqualByComparingTo("600");
    }

    @Test
    void reRunAfterApprovalBillsNothingNew() {
        Contract c = terms().period("2026-01-01", null)
                .retainer(new Retainer(Retainer.Mode.HOURS, dec("1000"), dec("5"), 0, null, null, dec("150")))
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        Books books =
                Books.of(c).entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("7"));
        RunResult first = Runs.run(Setups.standard(), "2026-01-31", books.state());
        books.proposals(Runs.marked(first, ProposalStatus.APPROVED));

        RunResult again = Runs.run(Setups.standard(), "2026-01-31", books.state());

        assertThat(Runs.invoice(first).untaxedAmount()).isEqualByComparingTo("1300.00");
        assertThat(again.proposals()).isEmpty();
        assertThat(again.actions()).isEmpty();
    }

    @Test
    void subscriptionInvoiceDayDelaysThePeriodsInvoice() {
        Contract c = terms().period("2026-01-01", null)
                .invoiceDay(5)
                .subscription(new Subscription(dec("100.00"), Subscription.Period.MONTH, null))
                .taxCode(Setups.TAX)
                .contract(BillingModel.SUBSCRIPTION);

        assertThat(Runs.run(Setups.standard(), "2026-01-04", Books.of(c).state())
                        .proposals())
                .isEmpty();
        assertThat(Runs.invoice(Runs.run(
                                Setups.standard(), "2026-01-05", Books.of(c).state()))
                        .untaxedAmount())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void revenueOverTheRetainersLifeIsItsFeesPlusItsOverage() {
        Contract c = terms().period("2026-01-01", "2026-03-31")
                .retainer(new Retainer(Retainer.Mode.HOURS, dec("3000"), dec("15"), 1, dec("4"), null, dec("250")))
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        Books books = Books.of(c)
                .entries(
                        TimeEntries.approved("A").on("2026-01-12").hours("9.75"),
                        TimeEntries.approved("B").on("2026-02-02").hours("22.5"),
                        TimeEntries.approved("C").on("2026-03-20").hours("3.25"));
        var ctx = dev.ledgerline.core.billing.state.RunContext.of(
                        books.state(),
                        java.time.LocalDate.parse("2026-03-31"),
                        java.time.Instant.parse("2026-03-31T23:00:00Z"),
                        Setups.standard())
                .orElseThrow();
        RetainerRevenue revenue = RetainerRevenue.of(
                c,
                dev.ledgerline.core.billing.retainer.RetainerLines.entries(
                        ctx, new dev.ledgerline.core.billing.draft.BillingDrafts(ctx.contractRef())),
                YearMonth.of(2026, 3));
        BigDecimal billed = BigDecimal.ZERO;
        for (String runDate : List.of("2026-01-31", "2026-02-28", "2026-03-31")) {
            RunResult r = Runs.run(Setups.standard(), runDate, books.state());
            books.proposals(Runs.marked(r, ProposalStatus.POSTED));
            billed = billed.add(r.proposals().stream()
                    .map(InvoiceProposal::untaxedAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        BigDecimal recognised = List.of(1, 2, 3).stream()
                .map(m -> revenue.month(YearMonth.of(2026, m)).revenue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // January: 5.25 h left, 4 roll over, 1.25 expire; February: 4 + 15 drawn, 3.5 h overage; March: 11.75 h expire
        assertThat(billed).isEqualByComparingTo("9875.00");
        assertThat(recognised).isEqualByComparingTo(billed);
        assertThat(revenue.month(YearMonth.of(2026, 2)).overage()).isEqualByComparingTo("875.00");
    }
}
