package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.d;
import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.firm.PeriodLock;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/billing-examples.md, example 13: finance adjustments at approval. */
class FinanceAdjustmentTest {

    static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");

    /** Example 1's contract, capped when {@code notToExceed} is given. */
    static Contract contract(String notToExceed) {
        var t = terms().period("2026-01-01", "2026-12-31")
                .rate("senior", "200")
                .rate("junior", "120")
                .roundingIncrement("0.25")
                .taxCode(Setups.TAX);
        if (notToExceed != null) {
            t.notToExceed(notToExceed);
        }
        return t.contract(BillingModel.TIME_AND_MATERIALS);
    }

    static Books example1(String notToExceed) {
        return Books.of(contract(notToExceed))
                .entries(
                        TimeEntries.approved("TE-2").on("2026-01-06").hours("7.6"),
                        TimeEntries.approved("TE-1").on("2026-01-05").hours("8"),
                        TimeEntries.approved("TE-3").on("2026-01-06").hours("2").role("junior"));
    }

    static AdjustmentResult approve(Books books, InvoiceProposal p, AdjustmentRequest... requests) {
        return new FinanceAdjustment(Setups.standard())
                .approve(p, List.of(requests), null, List.of(books.state()), NOW);
    }

    @Test
    void example13WriteDownByPercentIsASeparateLineTaxedLikeTheAdjustedLine() {
        Books books = example1(null);
        InvoiceProposal proposal = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));
        ProposalLine te2 = proposal.lines().get(1);

        AdjustmentResult result =
                approve(books, proposal, AdjustmentRequest.byPercent(te2.lineId(), dec("-15"), "scope creep"));

        InvoiceProposal approved = ((AdjustmentResult.Approved) result).proposal();
        assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(approved.lines()).hasSize(4);
        ProposalLine writeDown = approved.lines().getLast();
        assertThat(writeDown.kind()).isEqualTo(LineKind.WRITE_DOWN);
        assertThat(writeDown.description()).isEqualTo("Write-down: scope creep");
        assertThat(writeDown.quantity()).isEqualByComparingTo("1");
        assertThat(writeDown.unitPrice()).isEqualByComparingTo("-232.50");
        assertThat(writeDown.amount()).isEqualByComparingTo("-232.50");
        assertThat(writeDown.estimatedTax()).isEqualByComparingTo("-23.25");
        assertThat(writeDown.taxId()).isEqualTo(te2.taxId());
        assertThat(writeDown.refersTo()).isEqualTo(te2.lineId());
        assertThat(writeDown.sources()).singleElement().satisfies(s -> {
            assertThat(s.ref()).isEqualTo(Books.entryKey("TE-2"));
            assertThat(s.amount()).isEqualByComparingTo("-232.50");
        });
        assertThat(approved.untaxedAmount()).isEqualByComparingTo("3157.50");
        assertThat(approved.estimatedTax()).isEqualByComparingTo("315.75");
        assertThat(approved.total()).isEqualByComparingTo("3473.25");
    }

    @Test
    void writeDownOfASummarizedLineIsSharedProRataToTheEntriesContractValues() {
        Contract summarized = terms().rate("senior", "133.33")
                .layout(ContractTerms.LineLayout.SUMMARIZED)
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS);
        Books books = Books.of(summarized)
                .entries(
                        TimeEntries.approved("TE-1").on("2026-01-05").hours("1.25"),
                        TimeEntries.approved("TE-2").on("2026-01-06").hours("1.25"),
                        TimeEntries.approved("TE-3").on("2026-01-07").hours("1.25"));
        InvoiceProposal proposal = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

        InvoiceProposal approved = ((AdjustmentResult.Approved) approve(
                        books,
                        proposal,
                        AdjustmentRequest.byAmount(proposal.lines().getFirst().lineId(), dec("-100"), "volume")))
                .proposal();

        assertThat(approved.lines().getLast().sources())
                .extracting(LineSource::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("-33.33"), dec("-33.33"), dec("-33.34"));
    }

    @Test
    void writeUpWithinTheNotToExceedIsAccepted() {
        Books books = example1("3500");
        InvoiceProposal proposal = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

        AdjustmentResult result = approve(
                books,
                proposal,
                AdjustmentRequest.byAmount(proposal.lines().getFirst().lineId(), dec("100"), "urgent weekend work"));

        InvoiceProposal approved = ((AdjustmentResult.Approved) result).proposal();
        assertThat(approved.lines().getLast().kind()).isEqualTo(LineKind.WRITE_UP);
        assertThat(approved.lines().getLast().description()).isEqualTo("Write-up: urgent weekend work");
        assertThat(approved.untaxedAmount()).isEqualByComparingTo("3490.00");
    }

    @Test
    void writeUpBeyondTheNotToExceedIsRefused() {
        Books books = example1("3500");
        InvoiceProposal proposal = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

        AdjustmentResult result = approve(
                books,
                proposal,
                AdjustmentRequest.byAmount(proposal.lines().getFirst().lineId(), dec("200"), "urgent weekend work"));

        assertThat(result)
                .isInstanceOfSatisfying(
                        AdjustmentResult.Refused.class,
                        r -> assertThat(r.code()).isEqualTo(AdjustmentRefusal.WRITE_UP_EXCEEDS_NOT_TO_EXCEED));
    }

    @Test
    void writeUpCountsWhatEarlierInvoicesBilledUnderTheCap() {
        Books books = Books.of(contract("2000"))
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("8"));
        RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
        books.proposals(Runs.marked(january, ProposalStatus.POSTED))
                .entry(TimeEntries.approved("TE-2").on("2026-02-05").hours("1"));
        InvoiceProposal february = Runs.invoice(Runs.run(Setups.standard(), "2026-02-28", books.state()));

        AdjustmentResult tooMuch = approve(
                books,
                february,
                AdjustmentRequest.byAmount(february.lines().getFirst().lineId(), dec("200.01"), "x"));
        AdjustmentResult justFits = approve(
                books,
                february,
                AdjustmentRequest.byAmount(february.lines().getFirst().lineId(), dec("200"), "x"));

        assertThat(tooMuch).isInstanceOf(AdjustmentResult.Refused.class);
        assertThat(justFits).isInstanceOf(AdjustmentResult.Approved.class);
    }

    @Nested
    class Refusals {

        final Books books = example1(null);
        final InvoiceProposal proposal = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

        AdjustmentRefusal code(AdjustmentResult r) {
            return ((AdjustmentResult.Refused) r).code();
        }

        @Test
        void writeDownLargerThanTheLineIsRefused() {
            assertThat(code(approve(
                            books,
                            proposal,
                            AdjustmentRequest.byAmount(
                                    proposal.lines().getFirst().lineId(), dec("-1600.01"), "x"))))
                    .isEqualTo(AdjustmentRefusal.WRITE_DOWN_EXCEEDS_LINE);
        }

        @Test
        void unknownLineIsRefused() {
            assertThat(code(approve(books, proposal, AdjustmentRequest.byAmount("L-nope", dec("-1"), "x"))))
                    .isEqualTo(AdjustmentRefusal.UNKNOWN_LINE);
        }

        @Test
        void adjustmentWithBothAmountAndPercentOrWithoutReasonIsInvalid() {
            String line = proposal.lines().getFirst().lineId();
            assertThat(code(approve(books, proposal, new AdjustmentRequest(line, dec("-1"), dec("-1"), "x"))))
                    .isEqualTo(AdjustmentRefusal.INVALID_ADJUSTMENT);
            assertThat(code(approve(books, proposal, AdjustmentRequest.byAmount(line, dec("-1"), " "))))
                    .isEqualTo(AdjustmentRefusal.INVALID_ADJUSTMENT);
        }

        @Test
        void adjustmentOfAnAdjustmentLineIsRefused() {
            InvoiceProposal approved = ((AdjustmentResult.Approved) approve(
                            books,
                            proposal,
                            AdjustmentRequest.byAmount(
                                    proposal.lines().getFirst().lineId(), dec("-10"), "x")))
                    .proposal();
            InvoiceProposal reopened = approved.withStatus(ProposalStatus.PROPOSED);

            assertThat(code(approve(
                            books,
                            reopened,
                            AdjustmentRequest.byAmount(
                                    approved.lines().getLast().lineId(), dec("-1"), "x"))))
                    .isEqualTo(AdjustmentRefusal.LINE_NOT_ADJUSTABLE);
        }

        @Test
        void approvedProposalIsNotApprovedAgain() {
            assertThat(code(approve(books, proposal.withStatus(ProposalStatus.APPROVED))))
                    .isEqualTo(AdjustmentRefusal.NOT_PROPOSED);
        }

        @Test
        void invoiceDateInALockedPeriodIsRefused() {
            AdjustmentResult r = new FinanceAdjustment(Setups.withLocks(PeriodLock.month(YearMonth.of(2026, 1))))
                    .approve(proposal, List.of(), d("2026-01-31"), List.of(books.state()), NOW);

            assertThat(code(r)).isEqualTo(AdjustmentRefusal.PERIOD_LOCKED);
        }
    }

    @Test
    void approvalWithoutAdjustmentsKeepsTheLinesAndSetsTheInvoiceDate() {
        Books books = example1(null);
        InvoiceProposal proposal = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

        InvoiceProposal approved = ((AdjustmentResult.Approved) new FinanceAdjustment(Setups.standard())
                        .approve(proposal, List.of(), d("2026-02-02"), List.of(books.state()), NOW))
                .proposal();

        assertThat(approved.lines()).isEqualTo(proposal.lines());
        assertThat(approved.invoiceDate()).isEqualTo(d("2026-02-02"));
        assertThat(approved.total()).isEqualByComparingTo(proposal.total());
    }

    @Test
    void writtenDownValueIsNeverBilledAgain() {
        Books books = example1(null);
        RunResult run = Runs.run(Setups.standard(), "2026-01-31", books.state());
        InvoiceProposal proposal = Runs.invoice(run);
        InvoiceProposal approved = ((AdjustmentResult.Approved) approve(
                        books,
                        proposal,
                        AdjustmentRequest.byPercent(proposal.lines().getFirst().lineId(), dec("-50"), "x")))
                .proposal();
        books.proposals(List.of(approved.withStatus(ProposalStatus.POSTED)));

        assertThat(Runs.run(Setups.standard(), "2026-02-28", books.state()).proposals())
                .isEmpty();
    }

    @Test
    void writeDownOnAnNteContractFreesRoomForLaterWork() {
        Books books = Books.of(contract("1600"))
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("8"));
        InvoiceProposal proposal = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));
        InvoiceProposal approved = ((AdjustmentResult.Approved) approve(
                        books,
                        proposal,
                        AdjustmentRequest.byAmount(proposal.lines().getFirst().lineId(), dec("-300"), "x")))
                .proposal();
        books.proposals(List.of(approved.withStatus(ProposalStatus.POSTED)))
                .entry(TimeEntries.approved("TE-2").on("2026-02-05").hours("2"));

        InvoiceProposal february = Runs.invoice(Runs.run(Setups.standard(), "2026-02-28", books.state()));

        assertThat(february.untaxedAmount()).isEqualByComparingTo("300.00"); // 400 less 100 over the cap
    }
}
