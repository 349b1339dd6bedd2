package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.d;
import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Dates.noon;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExpenseRunTest {

    static BigDecimal[] money(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    /** docs/billing-examples.md, example 4. */
    @Nested
    class Example4MarkupAndMonthlyCap {

        final Contract contract = terms().period("2026-01-01", null)
                .rate("senior", "200")
                .expensePolicy(true, "10", "500")
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS);
        final Books books = Books.of(contract)
                .expense("X-1", 1, noon("2026-01-08"), Books.expense("2026-01-08", "300.00", "USD", null))
                .expense("X-2", 1, noon("2026-01-15"), Books.expense("2026-01-15", "250.00", "USD", null))
                .expense("X-3", 1, noon("2026-01-20"), Books.expense("2026-01-20", "80.00", "USD", false))
                .vendorBill("V-1", 1, noon("2026-01-12"), Books.vendorBill("2026-01-12", "1000.00", null, "15"));

        @Test
        void eachCostLineIsFollowedByItsMarkupAndTheCapWritesDownTheMonthsExcess() {
            InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

            assertThat(invoice.lines())
                    .extracting(ProposalLine::kind)
                    .containsExactly(
                            LineKind.EXPENSE,
                            LineKind.MARKUP,
                            LineKind.VENDOR_BILL,
                            LineKind.MARKUP,
                            LineKind.EXPENSE,
                            LineKind.MARKUP,
                            LineKind.WRITE_DOWN);
            assertThat(invoice.lines())
                    .extracting(ProposalLine::amount)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("300.00", "30.00", "1000.00", "150.00", "250.00", "25.00", "-50.00"));
            assertThat(invoice.lines())
                    .extracting(ProposalLine::estimatedTax)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("15.00", "1.50", "50.00", "7.50", "12.50", "1.25", "-2.50"));
            assertThat(invoice.untaxedAmount()).isEqualByComparingTo("1705.00");
            assertThat(invoice.estimatedTax()).isEqualByComparingTo("85.25");
            assertThat(invoice.total()).isEqualByComparingTo("1790.25");
        }

        @Test
        void markupLineRefersToItsCostLineAndCapLineRecordsTheExcessPerExpense() {
            InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

            assertThat(invoice.lines().get(1).refersTo())
                    .isEqualTo(invoice.lines().getFirst().lineId());
            assertThat(invoice.lines().get(1).description()).isEqualTo("Markup 10 % on 2026-01-08 Travel: Train");
            ProposalLine cap = invoice.lines().getLast();
            assertThat(cap.reason()).isEqualTo("CAP_PER_MONTH");
            assertThat(cap.item()).isEqualTo("2026-01");
            assertThat(cap.sources()).singleElement().satisfies(s -> {
                assertThat(s.ref()).isEqualTo(Books.expenseKey("X-2"));
                assertThat(s.amount()).isEqualByComparingTo("-50.00");
            });
            assertThat(cap.taxId()).isEqualTo(2L);
        }

        @Test
        void nonBillableExpenseIsLeftOutWithItsReason() {
            RunResult result = Runs.run(Setups.standard(), "2026-01-31", books.state());

            assertThat(result.excluded())
                    .containsExactly(new Exclusion(Books.expenseKey("X-3"), "PROJECT_NOT_BILLABLE"));
        }

        @Test
        void theCapHoldsAcrossRunsAndTheExcessIsNeverBilledAgain() {
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            books.proposals(Runs.marked(january, ProposalStatus.POSTED))
                    .expense("X-4", 1, noon("2026-02-02"), Books.expense("2026-01-30", "40.00", "USD", null))
                    .expense("X-5", 1, noon("2026-02-03"), Books.expense("2026-02-03", "40.00", "USD", null));

            InvoiceProposal february = Runs.invoice(Runs.run(Setups.standard(), "2026-02-28", books.state()));

            assertThat(february.lines())
                    .extracting(ProposalLine::kind, l -> l.amount().toPlainString())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LineKind.EXPENSE, "40.00"),
                            org.assertj.core.groups.Tuple.tuple(LineKind.MARKUP, "4.00"),
                            org.assertj.core.groups.Tuple.tuple(LineKind.EXPENSE, "40.00"),
                            org.assertj.core.groups.Tuple.tuple(LineKind.MARKUP, "4.00"),
                            org.assertj.core.groups.Tuple.tuple(LineKind.WRITE_DOWN, "-40.00"));
            assertThat(february.lines().getLast().item()).isEqualTo("2026-01");
        }
    }

    /** docs/billing-examples.md, example 5. */
    @Test
    void example5ForeignCurrencyExpenseIsConvertedAtTheRateOfItsDate() {
        ExchangeRates rates = (currency, date) -> switch (currency) {
            case "USD" -> BigDecimal.ONE;
            case "EUR" -> date.isBefore(d("2026-01-15")) ? dec("0.90") : dec("0.92");
            case "GBP" -> dec("0.80");
            default -> throw new MissingExchangeRateException(currency, date);
        };
        Contract eur = terms().period("2026-01-01", null)
                .expensePolicy(true, "10", null)
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS, "EUR");
        Books books = Books.of(eur)
                .expense("X-1", 1, noon("2026-01-10"), Books.expense("2026-01-10", "100.00", "GBP", null))
                .expense("X-2", 1, noon("2026-01-20"), Books.expense("2026-01-20", "200.00", "USD", null));

        InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.withRates(rates), "2026-01-31", books.state()));

        assertThat(invoice.currency()).isEqualTo("EUR");
        assertThat(invoice.lines())
                .extracting(ProposalLine::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(money("112.50", "11.25", "184.00", "18.40"));
        assertThat(invoice.lines().getFirst().description()).isEqualTo("2026-01-10 Travel: Train (100.00 GBP)");
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("326.15");
        assertThat(invoice.estimatedTax()).isEqualByComparingTo("16.31");
        assertThat(invoice.total()).isEqualByComparingTo("342.46");
    }

    @Test
    void expenseWithoutExchangeRateIsAProblemNotAGuess() {
        Contract eur = terms().expensePolicy(true, null, null)
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS, "EUR");
        Books books =
                Books.of(eur).expense("X-1", 1, noon("2026-01-10"), Books.expense("2026-01-10", "100.00", "GBP", null));

        RunResult result = Runs.run(Setups.standard(), "2026-01-31", books.state());

        assertThat(result.proposals()).isEmpty();
        assertThat(result.problems()).extracting(BillingProblem::code).containsExactly(ProblemCode.NO_EXCHANGE_RATE);
    }

    @Nested
    class Billability {

        @Test
        void withoutPolicyExpensesAreNotBillable() {
            Contract bare = terms().taxCode(Setups.TAX).contract(BillingModel.TIME_AND_MATERIALS);
            Books books = Books.of(bare)
                    .expense("X-1", 1, noon("2026-01-10"), Books.expense("2026-01-10", "100.00", "USD", null));

            RunResult result = Runs.run(Setups.standard(), "2026-01-31", books.state());

            assertThat(result.proposals()).isEmpty();
            assertThat(result.excluded())
                    .containsExactly(new Exclusion(Books.expenseKey("X-1"), "PROJECT_NOT_BILLABLE"));
        }

        @Test
        void ownFlagWinsOverThePolicyAndReimbursedCountsAsApproved() {
            Contract bare = terms().taxCode(Setups.TAX).contract(BillingModel.TIME_AND_MATERIALS);
            Books books = Books.of(bare)
                    .expense(
                            "X-1",
                            1,
                            noon("2026-01-10"),
                            Books.expense("2026-01-10", "100.00", "USD", true, Expense.Status.REIMBURSED));

            InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

            assertThat(invoice.lines())
                    .singleElement()
                    .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("100.00"));
        }

        @Test
        void submittedAndRejectedExpensesAreLeftOut() {
            Contract c = terms().expensePolicy(true, null, null)
                    .taxCode(Setups.TAX)
                    .contract(BillingModel.TIME_AND_MATERIALS);
            Books books = Books.of(c)
                    .expense(
                            "X-1",
                            1,
                            noon("2026-01-10"),
                            Books.expense("2026-01-10", "100.00", "USD", null, Expense.Status.SUBMITTED))
                    .expense(
                            "X-2",
                            1,
                            noon("2026-01-10"),
                            Books.expense("2026-01-10", "100.00", "USD", null, Expense.Status.REJECTED));

            RunResult result = Runs.run(Setups.standard(), "2026-01-31", books.state());

            assertThat(result.excluded())
                    .containsExactly(
                            new Exclusion(Books.expenseKey("X-1"), "NOT_APPROVED"),
                            new Exclusion(Books.expenseKey("X-2"), "REJECTED"));
        }

        @Test
        void vendorBillMarkupOfItsOwnWinsOverThePolicy() {
            Contract c =
                    terms().expensePolicy(true, "10", null).taxCode(Setups.TAX).contract(BillingModel.FIXED_FEE);
            Books books = Books.of(c)
                    .vendorBill("V-1", 1, noon("2026-01-12"), Books.vendorBill("2026-01-12", "1000.00", null, "0"));

            InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

            assertThat(invoice.lines()).extracting(ProposalLine::kind).containsExactly(LineKind.VENDOR_BILL);
        }
    }

    @Nested
    class Corrections {

        final Contract contract =
                terms().expensePolicy(true, "10", null).taxCode(Setups.TAX).contract(BillingModel.TIME_AND_MATERIALS);

        @Test
        void lowerAmountOnAPostedInvoiceIsCreditedByTheDifferenceOfItsLines() {
            Books books = Books.of(contract)
                    .expense("X-1", 1, noon("2026-01-10"), Books.expense("2026-01-10", "300.00", "USD", null));
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            books.proposals(Runs.marked(january, ProposalStatus.POSTED))
                    .expense("X-1", 2, noon("2026-02-02"), Books.expense("2026-01-10", "200.00", "USD", null));

            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());

            InvoiceProposal credit = Runs.creditNote(february);
            assertThat(credit.lines())
                    .extracting(ProposalLine::kind, l -> l.amount().toPlainString())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LineKind.EXPENSE, "100.00"),
                            org.assertj.core.groups.Tuple.tuple(LineKind.MARKUP, "10.00"));
            assertThat(credit.lines().getFirst().refersTo())
                    .isEqualTo(Runs.invoice(january).lines().getFirst().lineId());
            assertThat(credit.lines().getFirst().refersToProposal())
                    .isEqualTo(Runs.invoice(january).id());
            assertThat(credit.untaxedAmount()).isEqualByComparingTo("110.00");
            assertThat(february.proposals()).hasSize(1);
        }

        @Test
        void deletedExpenseIsCreditedInFull() {
            Books books = Books.of(contract)
                    .expense("X-1", 1, noon("2026-01-10"), Books.expense("2026-01-10", "300.00", "USD", null));
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            books.proposals(Runs.marked(january, ProposalStatus.POSTED))
                    .deletedExpense("X-1", 2, noon("2026-02-02"), Books.expense("2026-01-10", "300.00", "USD", null));

            InvoiceProposal credit = Runs.creditNote(Runs.run(Setups.standard(), "2026-02-28", books.state()));

            assertThat(credit.untaxedAmount()).isEqualByComparingTo("330.00");
            assertThat(credit.lines()).extracting(ProposalLine::reason).containsOnly("DELETED");
        }

        @Test
        void higherAmountGivesExtraLinesReferringToTheOriginals() {
            Books books = Books.of(contract)
                    .expense("X-1", 1, noon("2026-01-10"), Books.expense("2026-01-10", "300.00", "USD", null));
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            books.proposals(Runs.marked(january, ProposalStatus.POSTED))
                    .expense("X-1", 2, noon("2026-02-02"), Books.expense("2026-01-10", "350.00", "USD", null));

            InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-02-28", books.state()));

            assertThat(invoice.lines())
                    .extracting(ProposalLine::amount)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("50.00", "5.00"));
            assertThat(invoice.lines())
                    .extracting(ProposalLine::refersTo)
                    .containsExactly(
                            Runs.invoice(january).lines().get(0).lineId(),
                            Runs.invoice(january).lines().get(1).lineId());
        }

        @Test
        void changedExpenseOnAnApprovedUndeliveredProposalSendsItBackToProposed() {
            Books books = Books.of(contract)
                    .expense("X-1", 1, noon("2026-01-10"), Books.expense("2026-01-10", "300.00", "USD", null));
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            books.proposals(Runs.marked(january, ProposalStatus.APPROVED))
                    .expense("X-1", 2, noon("2026-02-02"), Books.expense("2026-01-10", "200.00", "USD", null));

            RunResult again = Runs.run(Setups.standard(), "2026-02-28", books.state());

            assertThat(again.proposals()).isEmpty();
            assertThat(again.actions())
                    .containsExactly(new ProposalAction.ReturnToProposed(
                            Runs.invoice(january).id(), List.of(Books.expenseKey("X-1"))));
        }
    }
}
