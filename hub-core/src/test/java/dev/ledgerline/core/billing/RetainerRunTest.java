package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.retainer.RetainerEntry;
import dev.ledgerline.core.billing.retainer.RetainerLines;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.recognition.RetainerRevenue;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RetainerRunTest {

    /** The entries a run at {@code runDate} would draw, as the revenue report reads them. */
    static List<RetainerEntry> drawn(Books books, String runDate) {
        RunContext ctx = RunContext.of(
                        books.state(),
                        LocalDate.parse(runDate),
                        Instant.parse(runDate + "T23:00:00Z"),
                        Setups.standard())
                .orElseThrow();
        return RetainerLines.entries(ctx, new BillingDrafts(ctx.contractRef()));
    }

    static void post(Books books, RunResult run) {
        books.proposals(Runs.marked(run, ProposalStatus.POSTED));
    }

    /** docs/billing-examples.md, example 6. */
    @Nested
    class Example6HoursMode {

        final Contract contract = terms().period("2026-01-01", "2026-04-30")
                .rate("senior", "220")
                .retainer(new Retainer(Retainer.Mode.HOURS, dec("4000"), dec("20"), 1, dec("5"), null, dec("250")))
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        final Books books = Books.of(contract)
                .entries(
                        TimeEntries.approved("TE-J1").on("2026-01-10").hours("12"),
                        TimeEntries.approved("TE-F1").on("2026-02-05").hours("10"),
                        TimeEntries.approved("TE-F2").on("2026-02-20").hours("18"),
                        TimeEntries.approved("TE-M1").on("2026-03-03").hours("6"));

        @Test
        void eachMonthIsInvoicedInAdvanceAndOverageAfterTheMonthEnd() {
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            post(books, january);
            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());
            post(books, february);
            RunResult march = Runs.run(Setups.standard(), "2026-03-31", books.state());
            post(books, march);
            RunResult april = Runs.run(Setups.standard(), "2026-04-30", books.state());
            post(books, april);
            RunResult may = Runs.run(Setups.standard(), "2026-05-31", books.state());

            assertThat(Runs.invoice(january).lines())
                    .extracting(ProposalLine::description, l -> l.amount().toPlainString())
                    .containsExactly(tuple("Retainer January 2026, 20 h included", "4000.00"));
            InvoiceProposal feb = Runs.invoice(february);
            assertThat(feb.lines())
                    .extracting(
                            ProposalLine::kind, ProposalLine::quantity, ProposalLine::unitPrice, ProposalLine::amount)
                    .containsExactly(
                            tuple(LineKind.RETAINER, BigDecimal.ONE, dec("4000"), dec("4000.00")),
                            tuple(LineKind.OVERAGE, dec("3.00"), dec("250"), dec("750.00")));
            assertThat(feb.lines().getLast().sources().getFirst().ref()).isEqualTo(Books.entryKey("TE-F2"));
            assertThat(feb.lines().getLast().item()).isEqualTo("2026-02");
            assertThat(feb.untaxedAmount()).isEqualByComparingTo("4750.00");
            assertThat(feb.estimatedTax()).isEqualByComparingTo("475.00");
            assertThat(feb.total()).isEqualByComparingTo("5225.00");
            assertThat(Runs.invoice(march).untaxedAmount()).isEqualByComparingTo("4000");
            assertThat(Runs.invoice(april).untaxedAmount()).isEqualByComparingTo("4000");
            assertThat(may.proposals()).isEmpty();
        }

        @Test
        void revenueIsDrawdownPlusBreakagePlusOverageWithUnusedUnexpiredBalanceDeferred() {
            RetainerRevenue revenue = RetainerRevenue.of(contract, drawn(books, "2026-04-30"), YearMonth.of(2026, 4));

            assertThat(List.of(1, 2, 3, 4))
                    .extracting(m -> revenue.month(YearMonth.of(2026, m)))
                    .extracting(
                            r -> r.drawdown().toPlainString(),
                            r -> r.breakage().toPlainString(),
                            r -> r.overage().toPlainString(),
                            r -> r.revenue().toPlainString(),
                            r -> r.deferredRevenue().toPlainString())
                    .containsExactly(
                            tuple("2400.00", "600.00", "0", "3000.00", "1000.00"),
                            tuple("5000.00", "0", "750.00", "5750.00", "0"),
                            tuple("1200.00", "1800.00", "0", "3000.00", "1000.00"),
                            tuple("0", "5000.00", "0", "5000.00", "0"));
        }

        @Test
        void entriesDrawFromTheOldestUnexpiredBalanceFirst() {
            RetainerRevenue revenue = RetainerRevenue.of(contract, drawn(books, "2026-02-28"), YearMonth.of(2026, 2));

            assertThat(revenue.balance().outcomes())
                    .filteredOn(o -> o.entry().key().externalId().equals("TE-F1"))
                    .singleElement()
                    .satisfies(o -> assertThat(o.draws())
                            .extracting(
                                    d -> d.bought().toString(),
                                    d -> d.quantity().toPlainString())
                            .containsExactly(tuple("2026-01", "5"), tuple("2026-02", "5")));
        }
    }

    /** docs/billing-examples.md, example 7. */
    @Nested
    class Example7AmountModeLateApproval {

        final Contract contract = terms().period("2026-01-16", null)
                .rate("senior", "200")
                .retainer(new Retainer(Retainer.Mode.AMOUNT, dec("3100"), null, 0, null, null, null))
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        final Books books = Books.of(contract)
                .entries(
                        TimeEntries.approved("TE-1").on("2026-01-20").hours("5"),
                        TimeEntries.approved("TE-2").on("2026-01-28").hours("4"),
                        TimeEntries.entry("TE-3", TimeEntry.Status.SUBMITTED)
                                .on("2026-01-30")
                                .hours("2"),
                        TimeEntries.approved("TE-3")
                                .version(2)
                                .on("2026-01-30")
                                .hours("2")
                                .receivedOn("2026-02-03"),
                        TimeEntries.approved("TE-4").on("2026-02-10").hours("10"));

        @Test
        void firstMonthIsProRatedAndTheCrossingEntryIsSplitProRataToValue() {
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());

            InvoiceProposal invoice = Runs.invoice(january);
            assertThat(invoice.lines())
                    .extracting(ProposalLine::description, ProposalLine::quantity, ProposalLine::amount)
                    .containsExactly(
                            tuple("Retainer January 2026 (16/31 days)", BigDecimal.ONE, dec("1600.00")),
                            tuple("Overage January 2026: TE-2", dec("1.00"), dec("200.00")));
            assertThat(invoice.total()).isEqualByComparingTo("1980.00");
            assertThat(january.excluded()).containsExactly(new Exclusion(Books.entryKey("TE-3"), "NOT_APPROVED"));
        }

        @Test
        void entryApprovedAfterItsMonthEndedIsOverageOfThatMonthBilledByTheNextRun() {
            post(books, Runs.run(Setups.standard(), "2026-01-31", books.state()));

            InvoiceProposal february = Runs.invoice(Runs.run(Setups.standard(), "2026-02-28", books.state()));

            assertThat(february.lines())
                    .extracting(ProposalLine::description, ProposalLine::quantity, ProposalLine::amount)
                    .containsExactly(
                            tuple("Retainer February 2026", BigDecimal.ONE, dec("3100.00")),
                            tuple("Overage January 2026: TE-3", dec("2.00"), dec("400.00")));
            assertThat(february.untaxedAmount()).isEqualByComparingTo("3500.00");
            assertThat(february.total()).isEqualByComparingTo("3850.00");
        }

        @Test
        void revenueOfEachMonthSplitsDrawdownBreakageAndOverage() {
            RetainerRevenue revenue = RetainerRevenue.of(contract, drawn(books, "2026-02-28"), YearMonth.of(2026, 2));

            RetainerRevenue.Month jan = revenue.month(YearMonth.of(2026, 1));
            RetainerRevenue.Month feb = revenue.month(YearMonth.of(2026, 2));
            assertThat(jan.drawdown()).isEqualByComparingTo("1600.00");
            assertThat(jan.breakage()).isEqualByComparingTo("0");
            assertThat(jan.overage()).isEqualByComparingTo("600.00");
            assertThat(jan.revenue()).isEqualByComparingTo("2200.00");
            assertThat(feb.drawdown()).isEqualByComparingTo("2000.00");
            assertThat(feb.breakage()).isEqualByComparingTo("1100.00");
            assertThat(feb.revenue()).isEqualByComparingTo("3100.00");
            assertThat(feb.deferredRevenue()).isEqualByComparingTo("0");
        }
    }

    @Test
    void lateEntryDrawsItsMonthsBalanceWhileItIsStillUnexpired() {
        Contract rolling = terms().period("2026-01-01", null)
                .retainer(new Retainer(Retainer.Mode.HOURS, dec("2000"), dec("10"), 1, null, null, dec("300")))
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        Books books = Books.of(rolling)
                .entries(
                        TimeEntries.approved("TE-1").on("2026-01-10").hours("6"),
                        TimeEntries.approved("TE-2").on("2026-01-25").hours("6").receivedOn("2026-02-02"));

        RetainerRevenue revenue = RetainerRevenue.of(rolling, drawn(books, "2026-02-28"), YearMonth.of(2026, 2));

        // January's 4 remaining hours roll into February, where the late entry draws them; 2 hours are January overage
        assertThat(revenue.balance().outcomes())
                .filteredOn(o -> o.entry().key().externalId().equals("TE-2"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.drawnIn()).isEqualTo(YearMonth.of(2026, 2));
                    assertThat(o.drawnValue()).isEqualByComparingTo("800.00");
                    assertThat(o.overageHours()).isEqualByComparingTo("2");
                });
        assertThat(revenue.month(YearMonth.of(2026, 1)).overage()).isEqualByComparingTo("600.00");
    }

    @Test
    void invoiceDayBeyondTheMonthLengthMeansItsLastDay() {
        Contract c = terms().period("2026-01-01", null)
                .invoiceDay(31)
                .retainer(new Retainer(Retainer.Mode.AMOUNT, dec("1000"), null, 0, null, null, null))
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        Books books = Books.of(c);
        post(books, Runs.run(Setups.standard(), "2026-01-31", books.state()));

        RunResult before = Runs.run(Setups.standard(), "2026-02-27", books.state());
        RunResult onTheDay = Runs.run(Setups.standard(), "2026-02-28", books.state());

        assertThat(before.proposals()).isEmpty();
        assertThat(Runs.invoice(onTheDay).lines())
                .extracting(ProposalLine::item)
                .containsExactly("2026-02");
    }

    @Test
    void laterEntryThatMovesOverageIsCorrectedByDifference() {
        Contract c = terms().period("2026-01-01", null)
                .retainer(new Retainer(Retainer.Mode.HOURS, dec("1000"), dec("10"), 0, null, null, dec("150")))
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        Books books = Books.of(c)
                .entries(
                        TimeEntries.approved("TE-1").on("2026-01-05").hours("8"),
                        TimeEntries.approved("TE-3").on("2026-01-25").hours("4"));
        post(books, Runs.run(Setups.standard(), "2026-01-31", books.state()));
        books.entry(TimeEntries.approved("TE-1")
                .version(2)
                .on("2026-01-05")
                .hours("7")
                .receivedOn("2026-02-03"));

        RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());

        InvoiceProposal credit = Runs.creditNote(february);
        assertThat(credit.lines()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.OVERAGE);
            assertThat(l.quantity()).isEqualByComparingTo("1.00");
            assertThat(l.amount()).isEqualByComparingTo("150.00");
            assertThat(l.reason()).isEqualTo("OVERAGE_CHANGED");
        });
    }

    @Test
    void retainerWithoutStartDateIsAProblem() {
        Contract c = terms().retainer(new Retainer(Retainer.Mode.AMOUNT, dec("1000"), null, 0, null, null, null))
                .contract(BillingModel.RETAINER);

        RunResult result = Runs.run(Setups.standard(), "2026-01-31", Books.of(c).state());

        assertThat(result.problems()).extracting(BillingProblem::code).containsExactly(ProblemCode.MISSING_TERMS);
    }
}
