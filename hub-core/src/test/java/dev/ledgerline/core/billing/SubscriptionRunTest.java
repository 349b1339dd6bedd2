package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.d;
import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Subscription;
import dev.ledgerline.core.recognition.BilledDocument;
import dev.ledgerline.core.recognition.SubscriptionRevenue;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubscriptionRunTest {

    /** docs/billing-examples.md, example 8. */
    @Nested
    class Example8 {

        final Contract contract = terms().period("2026-01-15", null)
                .subscription(new Subscription(dec("310.00"), Subscription.Period.MONTH, null))
                .taxCode(Setups.TAX)
                .contract(BillingModel.SUBSCRIPTION);
        final Contract cancelled = terms().period("2026-01-15", null)
                .subscription(new Subscription(dec("310.00"), Subscription.Period.MONTH, null))
                .taxCode(Setups.TAX)
                .contract(
                        BillingModel.SUBSCRIPTION,
                        terms().period(null, "2026-02-10").amendment("END", "2026-02-10", true));
        final Books books = Books.of(contract);
        final List<InvoiceProposal> posted = new ArrayList<>();

        RunResult runAndPost(String runDate) {
            RunResult r = Runs.run(Setups.standard(), runDate, books.state());
            List<InvoiceProposal> p = Runs.marked(r, ProposalStatus.POSTED);
            posted.addAll(p);
            books.proposals(p);
            return r;
        }

        @Test
        void midPeriodStartInvoicesTheRemainingDaysInAdvance() {
            InvoiceProposal january = Runs.invoice(runAndPost("2026-01-31"));

            assertThat(january.lines()).singleElement().satisfies(l -> {
                assertThat(l.kind()).isEqualTo(LineKind.SUBSCRIPTION);
                assertThat(l.description()).isEqualTo("Subscription January 2026 (2026-01-15 to 2026-01-31)");
                assertThat(l.amount()).isEqualByComparingTo("170.00");
                assertThat(l.item()).isEqualTo("2026-01-15/2026-01-31");
            });
            assertThat(january.total()).isEqualByComparingTo("187.00");
        }

        @Test
        void nextPeriodIsInvoicedInFullByTheFirstRunOnOrAfterItsStart() {
            runAndPost("2026-01-31");

            RunResult january31Again = Runs.run(Setups.standard(), "2026-01-31", books.state());
            InvoiceProposal february = Runs.invoice(runAndPost("2026-02-01"));

            assertThat(january31Again.proposals()).isEmpty();
            assertThat(february.lines()).singleElement().satisfies(l -> {
                assertThat(l.description()).isEqualTo("Subscription February 2026");
                assertThat(l.amount()).isEqualByComparingTo("310.00");
            });
        }

        @Test
        void cancellationInsideAnInvoicedPeriodIsCreditedForTheUnusedDaysOnTheCancellationDate() {
            runAndPost("2026-01-31");
            runAndPost("2026-02-01");
            books.contractVersion(2, Instant.parse("2026-02-10T12:00:00Z"), cancelled);

            RunResult beforeTheEnd =
                    Runs.run(Setups.standard(), "2026-02-09", Instant.parse("2026-02-10T23:00:00Z"), books.state());
            RunResult run = runAndPost("2026-02-28");

            assertThat(beforeTheEnd.proposals()).isEmpty();
            InvoiceProposal credit = Runs.creditNote(run);
            assertThat(credit.invoiceDate()).isEqualTo(d("2026-02-10"));
            assertThat(credit.lines()).singleElement().satisfies(l -> {
                assertThat(l.description())
                        .isEqualTo("Credit: Subscription February 2026, unused 2026-02-11 to 2026-02-28");
                assertThat(l.amount()).isEqualByComparingTo("199.29");
                assertThat(l.reason()).isEqualTo("CANCELLED");
                assertThat(l.refersTo())
                        .isEqualTo(posted.get(1).lines().getFirst().lineId());
            });
            assertThat(credit.estimatedTax()).isEqualByComparingTo("19.93");
            assertThat(credit.total()).isEqualByComparingTo("219.22");
            assertThat(run.proposals()).hasSize(1);
            assertThat(Runs.run(Setups.standard(), "2026-03-31", books.state()).proposals())
                    .isEmpty();
        }

        @Test
        void recognitionIsDailyProRataAndMatchesWhatIsBilledNetOfTheCredit() {
            runAndPost("2026-01-31");
            runAndPost("2026-02-01");
            books.contractVersion(2, Instant.parse("2026-02-10T12:00:00Z"), cancelled);
            runAndPost("2026-02-28");

            assertThat(SubscriptionRevenue.revenueOf(contract, YearMonth.of(2026, 1)))
                    .isEqualByComparingTo("170.00");
            assertThat(SubscriptionRevenue.recognisedToDate(contract, d("2026-01-20")))
                    .isEqualByComparingTo("60.00");
            assertThat(SubscriptionRevenue.revenueOf(cancelled, YearMonth.of(2026, 2)))
                    .isEqualByComparingTo("110.71");
            SubscriptionRevenue.Position end =
                    SubscriptionRevenue.position(cancelled, d("2026-02-28"), BilledDocument.ofProposals(posted));
            assertThat(end.billedToDate()).isEqualByComparingTo("280.71");
            assertThat(end.recognisedToDate()).isEqualByComparingTo("280.71");
            assertThat(end.deferredRevenue()).isEqualByComparingTo("0");
            SubscriptionRevenue.Position early = SubscriptionRevenue.position(
                    contract, d("2026-02-07"), BilledDocument.ofProposals(posted.subList(0, 2)));
            assertThat(early.recognisedToDate()).isEqualByComparingTo("247.50"); // 170.00 + round(310 × 7/28)
            assertThat(early.deferredRevenue()).isEqualByComparingTo("232.50");
        }
    }

    @Test
    void quarterlySubscriptionStartingMidQuarterInvoicesTheRemainingDaysOfTheQuarter() {
        Contract quarterly = terms().period("2026-02-01", null)
                .subscription(new Subscription(dec("900.00"), Subscription.Period.QUARTER, null))
                .taxCode(Setups.TAX)
                .contract(BillingModel.SUBSCRIPTION);

        InvoiceProposal invoice = Runs.invoice(
                Runs.run(Setups.standard(), "2026-02-01", Books.of(quarterly).state()));

        // Q1 2026 has 90 days; 2026-02-01 to 2026-03-31 is 59 days: round(900 × 59 / 90) = 590.00
        assertThat(invoice.lines()).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualByComparingTo("590.00");
            assertThat(l.description()).isEqualTo("Subscription Q1 2026 (2026-02-01 to 2026-03-31)");
        });
    }

    @Test
    void subscriptionStartDateWinsOverTheContractStart() {
        Contract c = terms().period("2026-01-01", null)
                .subscription(new Subscription(dec("1200.00"), Subscription.Period.YEAR, d("2026-07-01")))
                .taxCode(Setups.TAX)
                .contract(BillingModel.SUBSCRIPTION);

        RunResult june = Runs.run(Setups.standard(), "2026-06-30", Books.of(c).state());
        RunResult july = Runs.run(Setups.standard(), "2026-07-01", Books.of(c).state());

        assertThat(june.proposals()).isEmpty();
        assertThat(Runs.invoice(july).untaxedAmount()).isEqualByComparingTo("604.93"); // round(1200 × 184/365)
    }

    @Test
    void taxIsMappedForTheSubscriptionServiceTypeWhenARuleExists() {
        Contract c = terms().period("2026-01-01", null)
                .subscription(new Subscription(dec("100.00"), Subscription.Period.MONTH, null))
                .taxCode(Setups.TAX)
                .contract(BillingModel.SUBSCRIPTION);
        var rules = new ArrayList<>(Setups.RULES);
        rules.add(new dev.ledgerline.core.firm.TaxRule("us", Setups.TAX, "subscription", "US", 9, dec("0.20")));
        var setup = new BillingSetup(Setups.standard().entities(), Setups.FIRM_RATES, null, rules, null);

        InvoiceProposal invoice =
                Runs.invoice(Runs.run(setup, "2026-01-01", Books.of(c).state()));

        assertThat(invoice.lines().getFirst().taxId()).isEqualTo(9L);
        assertThat(invoice.estimatedTax()).isEqualByComparingTo("20.00");
    }
}
