package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Dates.noon;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms.NotToExceedScope;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineOrderAndScopeTest {

    static Contract capped(NotToExceedScope scope) {
        return terms().period("2026-01-01", null)
                .rate("senior", "200")
                .notToExceed("2000")
                .notToExceedScope(scope)
                .expensePolicy(true, "10", "100")
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS);
    }

    static Books books(Contract c) {
        return Books.of(c)
                .entry(TimeEntries.approved("TE-2").on("2026-01-09").hours("4"))
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("5"))
                .expense("X-1", 1, noon("2026-01-07"), Books.expense("2026-01-07", "150.00", "USD", null))
                .vendorBill("V-1", 1, noon("2026-01-06"), Books.vendorBill("2026-01-06", "300.00", null, null));
    }

    @Test
    void feesScopeLeavesPassThroughOutsideTheCap() {
        InvoiceProposal invoice = Runs.invoice(Runs.run(
                Setups.standard(),
                "2026-01-31",
                books(capped(NotToExceedScope.FEES)).state()));

        // time 1000 + 800 = 1800 fits under 2000; expenses are outside the cap; X-1 is capped at 100 a month
        assertThat(invoice.lines())
                .extracting(ProposalLine::kind, l -> l.amount().toPlainString())
                .containsExactly(
                        tuple(LineKind.TIME, "1000.00"),
                        tuple(LineKind.TIME, "800.00"),
                        tuple(LineKind.VENDOR_BILL, "300.00"),
                        tuple(LineKind.MARKUP, "30.00"),
                        tuple(LineKind.EXPENSE, "150.00"),
                        tuple(LineKind.MARKUP, "15.00"),
                        tuple(LineKind.WRITE_DOWN, "-50.00"));
    }

    @Test
    void feesAndExpensesScopeCapsTimeFirstThenPassThroughInLineOrder() {
        InvoiceProposal invoice = Runs.invoice(Runs.run(
                Setups.standard(),
                "2026-01-31",
                books(capped(NotToExceedScope.FEES_AND_EXPENSES)).state()));

        // room 2000: time 1800, then V-1 300 crosses (200 billed, 100 over), its markup 30, X-1 net 100 and markup 15
        // all over
        assertThat(invoice.lines())
                .extracting(ProposalLine::kind, l -> l.amount().toPlainString())
                .containsExactly(
                        tuple(LineKind.TIME, "1000.00"),
                        tuple(LineKind.TIME, "800.00"),
                        tuple(LineKind.VENDOR_BILL, "300.00"),
                        tuple(LineKind.MARKUP, "30.00"),
                        tuple(LineKind.EXPENSE, "150.00"),
                        tuple(LineKind.MARKUP, "15.00"),
                        tuple(LineKind.WRITE_DOWN, "-50.00"),
                        tuple(LineKind.NTE_ADJUSTMENT, "-245.00"));
        assertThat(invoice.lines().getLast().taxId()).isEqualTo(2L);
        assertThat(invoice.lines().getLast().sources())
                .extracting(s -> s.ref().externalId(), s -> s.amount().toPlainString())
                .containsExactly(
                        tuple("V-1", "-100.00"),
                        tuple("V-1", "-30.00"),
                        tuple("X-1", "-100.00"),
                        tuple("X-1", "-15.00"));
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("2000.00");
    }

    @Test
    void financeAdjustmentsComeBeforeTheRunsCapAndNotToExceedLines() {
        Books b = books(capped(NotToExceedScope.FEES_AND_EXPENSES));
        InvoiceProposal proposal = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", b.state()));

        InvoiceProposal approved = ((AdjustmentResult.Approved) new FinanceAdjustment(Setups.standard())
                        .approve(
                                proposal,
                                List.of(AdjustmentRequest.byAmount(
                                        proposal.lines().getFirst().lineId(), dec("-100"), "rework")),
                                null,
                                List.of(b.state()),
                                Instant.parse("2026-02-01T00:00:00Z")))
                .proposal();

        assertThat(approved.lines())
                .extracting(ProposalLine::kind)
                .endsWith(LineKind.WRITE_DOWN, LineKind.WRITE_DOWN, LineKind.NTE_ADJUSTMENT);
        assertThat(approved.lines().get(approved.lines().size() - 3).reason()).isEqualTo("rework");
    }

    @Test
    void periodicLinesComeFirstThenOverageThenTimeThenExpenses() {
        Contract retainer = terms().period("2026-01-01", null)
                .retainer(new dev.ledgerline.core.canonical.Retainer(
                        dev.ledgerline.core.canonical.Retainer.Mode.HOURS,
                        dec("1000"),
                        dec("5"),
                        0,
                        null,
                        null,
                        dec("150")))
                .expensePolicy(true, null, null)
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        Books b = Books.of(retainer)
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("7"))
                .expense("X-1", 1, noon("2026-01-02"), Books.expense("2026-01-02", "20.00", "USD", null));

        InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", b.state()));

        assertThat(invoice.lines())
                .extracting(ProposalLine::kind)
                .containsExactly(LineKind.RETAINER, LineKind.OVERAGE, LineKind.EXPENSE);
    }
}
