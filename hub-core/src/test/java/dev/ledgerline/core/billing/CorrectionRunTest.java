package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/billing-examples.md, examples 10 to 12: corrections after invoicing. */
class CorrectionRunTest {

    static final Contract CONTRACT = terms().period("2026-01-01", null)
            .rate("senior", "200")
            .rate("junior", "120")
            .taxCode(Setups.TAX)
            .contract(BillingModel.TIME_AND_MATERIALS);

    final Books books = Books.of(CONTRACT)
            .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("8"));

    InvoiceProposal january() {
        RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
        books.proposals(Runs.marked(january, ProposalStatus.POSTED));
        return Runs.invoice(january);
    }

    @Test
    void example10HoursDecreasedOnAPostedInvoiceAreCreditedAtTheOriginalUnitPrice() {
        InvoiceProposal original = january();
        books.entry(TimeEntries.approved("TE-1")
                        .version(2)
                        .on("2026-01-05")
                        .hours("6")
                        .receivedOn("2026-02-03"))
                .entry(TimeEntries.approved("TE-2").on("2026-02-10").hours("4"));

        RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());

        InvoiceProposal credit = Runs.creditNote(february);
        assertThat(credit.invoiceDate()).isEqualTo(java.time.LocalDate.parse("2026-02-28"));
        assertThat(credit.lines()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.TIME);
            assertThat(l.quantity()).isEqualByComparingTo("2");
            assertThat(l.unitPrice()).isEqualByComparingTo("200");
            assertThat(l.amount()).isEqualByComparingTo("400.00");
            assertThat(l.estimatedTax()).isEqualByComparingTo("40.00");
            assertThat(l.refersTo()).isEqualTo(original.lines().getFirst().lineId());
            assertThat(l.refersToProposal()).isEqualTo(original.id());
            assertThat(l.reason()).isEqualTo("HOURS_CHANGED");
            assertThat(l.sources()).singleElement().satisfies(s -> {
                assertThat(s.version()).isEqualTo(2);
                assertThat(s.billableHours()).isEqualByComparingTo("2");
            });
        });
        assertThat(credit.total()).isEqualByComparingTo("440.00");
        assertThat(Runs.invoice(february).untaxedAmount()).isEqualByComparingTo("800.00");
    }

    @Test
    void hoursIncreasedOnAPostedInvoiceGiveAnExtraLine() {
        InvoiceProposal original = january();
        books.entry(TimeEntries.approved("TE-1")
                .version(2)
                .on("2026-01-05")
                .hours("9.5")
                .receivedOn("2026-02-03"));

        InvoiceProposal extra = Runs.invoice(Runs.run(Setups.standard(), "2026-02-28", books.state()));

        assertThat(extra.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("1.5");
            assertThat(l.amount()).isEqualByComparingTo("300.00");
            assertThat(l.refersTo()).isEqualTo(original.lines().getFirst().lineId());
            assertThat(l.description()).startsWith("Additional hours: ");
        });
    }

    @Test
    void example11EntryRejectedAfterInvoicingIsCreditedInFull() {
        january();
        books.entry(TimeEntries.entry("TE-1", TimeEntry.Status.REJECTED)
                .version(2)
                .on("2026-01-05")
                .hours("8")
                .receivedOn("2026-02-03"));

        InvoiceProposal credit = Runs.creditNote(Runs.run(Setups.standard(), "2026-02-28", books.state()));

        assertThat(credit.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("8");
            assertThat(l.amount()).isEqualByComparingTo("1600.00");
            assertThat(l.reason()).isEqualTo("REJECTED");
        });
        assertThat(credit.total()).isEqualByComparingTo("1760.00");
    }

    @Test
    void example12CreditAfterAWriteDownIsCappedAtWhatTheEntryWasBilled() {
        books.entry(TimeEntries.approved("TE-2").on("2026-01-06").hours("2"));
        RunResult run = Runs.run(Setups.standard(), "2026-01-31", books.state());
        InvoiceProposal proposed = Runs.invoice(run);
        AdjustmentResult approval = new FinanceAdjustment(Setups.standard())
                .approve(
                        proposed,
                        List.of(AdjustmentRequest.byAmount(
                                proposed.lines().getFirst().lineId(), dec("-1000"), "goodwill")),
                        null,
                        List.of(books.state()),
                        Instant.parse("2026-02-01T09:00:00Z"));
        InvoiceProposal approved = ((AdjustmentResult.Approved) approval).proposal();
        books.proposals(List.of(approved.withStatus(ProposalStatus.POSTED)))
                .entry(TimeEntries.approved("TE-1")
                        .version(2)
                        .on("2026-01-05")
                        .hours("2")
                        .receivedOn("2026-02-03"));

        InvoiceProposal credit = Runs.creditNote(Runs.run(Setups.standard(), "2026-02-28", books.state()));

        assertThat(approved.untaxedAmount()).isEqualByComparingTo("1000.00");
        assertThat(credit.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("1");
            assertThat(l.unitPrice()).isEqualByComparingTo("600.00");
            assertThat(l.amount()).isEqualByComparingTo("600.00");
            assertThat(l.sources().getFirst().billableHours()).isEqualByComparingTo("6");
        });
        assertThat(credit.estimatedTax()).isEqualByComparingTo("60.00");
        assertThat(credit.total()).isEqualByComparingTo("660.00");
    }

    @Nested
    class RateAndProject {

        @Test
        void roleChangeOfTheEntryCreditsTheLineAndBillsTheEntryAnew() {
            InvoiceProposal original = january();
            books.entry(TimeEntries.approved("TE-1")
                    .version(2)
                    .on("2026-01-05")
                    .hours("8")
                    .role("junior")
                    .receivedOn("2026-02-03"));

            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());

            assertThat(Runs.creditNote(february).lines()).singleElement().satisfies(l -> {
                assertThat(l.amount()).isEqualByComparingTo("1600.00");
                assertThat(l.reason()).isEqualTo("RATE_CHANGED");
                assertThat(l.refersTo()).isEqualTo(original.lines().getFirst().lineId());
            });
            assertThat(Runs.invoice(february).lines()).singleElement().satisfies(l -> {
                assertThat(l.amount()).isEqualByComparingTo("960.00");
                assertThat(l.unitPrice()).isEqualByComparingTo("120");
                assertThat(l.lineId()).isNotEqualTo(original.lines().getFirst().lineId());
            });
        }

        @Test
        void signedRateAmendmentWithAPastDateDoesNotRepriceInvoicedEntries() {
            january();
            Contract amended = terms().period("2026-01-01", null)
                    .rate("senior", "200")
                    .taxCode(Setups.TAX)
                    .contract(
                            BillingModel.TIME_AND_MATERIALS,
                            terms().rate("senior", "250").amendment("A1", "2026-01-01", true));
            books.contractVersion(2, Instant.parse("2026-02-02T09:00:00Z"), amended)
                    .entry(TimeEntries.approved("TE-1")
                            .version(2)
                            .on("2026-01-05")
                            .hours("8")
                            .description("typo fixed")
                            .receivedOn("2026-02-03"));

            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());

            assertThat(february.proposals()).isEmpty();
        }

        @Test
        void withRepriceInvoicedAPastRateAmendmentCreditsAndRebillsAtTheNewRate() {
            january();
            Contract amended = terms().period("2026-01-01", null)
                    .rate("senior", "200")
                    .repriceInvoiced(true)
                    .taxCode(Setups.TAX)
                    .contract(
                            BillingModel.TIME_AND_MATERIALS,
                            terms().rate("senior", "250").amendment("A1", "2026-01-01", true));
            books.contractVersion(2, Instant.parse("2026-02-02T09:00:00Z"), amended);

            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());

            assertThat(Runs.creditNote(february).untaxedAmount()).isEqualByComparingTo("1600.00");
            assertThat(Runs.invoice(february).untaxedAmount()).isEqualByComparingTo("2000.00");
        }

        @Test
        void entryMovedToAnotherProjectOfTheContractIsCreditedAndBilledOnThatProject() {
            books.project("P2", dev.ledgerline.core.testdata.Firm.clientProject("Tax"));
            january();
            books.entry(TimeEntries.approved("TE-1")
                    .version(2)
                    .project("P2")
                    .on("2026-01-05")
                    .hours("8")
                    .receivedOn("2026-02-03"));

            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());

            assertThat(Runs.creditNote(february).lines().getFirst().reason()).isEqualTo("PROJECT_CHANGED");
            assertThat(Runs.creditNote(february).project()).hasToString("psa:P1");
            assertThat(Runs.invoice(february).project()).hasToString("psa:P2");
            assertThat(Runs.invoice(february).untaxedAmount()).isEqualByComparingTo("1600.00");
        }

        @Test
        void closingTheProjectAfterInvoicingTakesNothingBack() {
            january();
            books.project(
                    "P1",
                    dev.ledgerline.core.testdata.Firm.project(
                            "Audit",
                            dev.ledgerline.core.canonical.Project.Kind.CLIENT,
                            dev.ledgerline.core.canonical.Project.Status.CLOSED,
                            true));
            books.entry(TimeEntries.approved("TE-1")
                    .version(2)
                    .on("2026-01-05")
                    .hours("8")
                    .description("note")
                    .receivedOn("2026-02-03"));

            assertThat(Runs.run(Setups.standard(), "2026-02-28", books.state()).proposals())
                    .isEmpty();
        }
    }

    @Test
    void recordsMovedToAnotherContractsProjectAreCreditedHereAndNotBilledAgainHere() {
        Contract withExpenses = terms().period("2026-01-01", null)
                .rate("senior", "200")
                .expensePolicy(true, null, null)
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS);
        Books moving = Books.of(withExpenses)
                .project(
                        "P7",
                        new dev.ledgerline.core.canonical.Project(
                                "Other",
                                dev.ledgerline.core.testdata.Firm.CUSTOMER,
                                "us",
                                dev.ledgerline.core.canonical.Project.Kind.CLIENT,
                                new dev.ledgerline.core.canonical.Ref("crm", "K7"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                true))
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("8"))
                .expense(
                        "X-1",
                        1,
                        dev.ledgerline.core.testdata.Dates.noon("2026-01-08"),
                        Books.expense("2026-01-08", "50.00", "USD", null));
        RunResult january = Runs.run(Setups.standard(), "2026-01-31", moving.state());
        dev.ledgerline.core.canonical.Expense moved = new dev.ledgerline.core.canonical.Expense(
                new dev.ledgerline.core.canonical.Ref("psa", "E1"),
                null,
                new dev.ledgerline.core.canonical.Ref("psa", "P7"),
                java.time.LocalDate.parse("2026-01-08"),
                dec("50.00"),
                "USD",
                "Travel",
                "Train",
                null,
                dev.ledgerline.core.canonical.Expense.Status.APPROVED,
                null);
        moving.proposals(Runs.marked(january, ProposalStatus.POSTED))
                .entry(TimeEntries.approved("TE-1")
                        .version(2)
                        .project("P7")
                        .on("2026-01-05")
                        .hours("8")
                        .receivedOn("2026-02-03"))
                .expense("X-1", 2, dev.ledgerline.core.testdata.Dates.noon("2026-02-03"), moved);

        RunResult february = Runs.run(Setups.standard(), "2026-02-28", moving.state());

        assertThat(february.proposals()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProposalKind.CREDIT_NOTE);
            assertThat(p.lines())
                    .extracting(ProposalLine::kind, ProposalLine::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LineKind.TIME, "PROJECT_CHANGED"),
                            org.assertj.core.groups.Tuple.tuple(LineKind.EXPENSE, "PROJECT_CHANGED"));
            assertThat(p.untaxedAmount()).isEqualByComparingTo("1650.00");
        });
    }

    @Nested
    class NotYetPosted {

        @Test
        void changeToAnEntryOnAnApprovedUndeliveredProposalSendsItBackToProposed() {
            RunResult run = Runs.run(Setups.standard(), "2026-01-31", books.state());
            books.proposals(Runs.marked(run, ProposalStatus.APPROVED))
                    .entry(TimeEntries.approved("TE-1")
                            .version(2)
                            .on("2026-01-05")
                            .hours("6")
                            .receivedOn("2026-02-03"));

            RunResult again = Runs.run(Setups.standard(), "2026-02-28", books.state());

            assertThat(again.proposals()).isEmpty();
            assertThat(again.actions())
                    .containsExactly(new ProposalAction.ReturnToProposed(
                            Runs.invoice(run).id(), List.of(Books.entryKey("TE-1"))));
        }

        @Test
        void changeToAnEntryOnADeliveredInvoiceWaitsForThePostingThenIsCorrected() {
            RunResult run = Runs.run(Setups.standard(), "2026-01-31", books.state());
            books.entry(TimeEntries.approved("TE-1")
                    .version(2)
                    .on("2026-01-05")
                    .hours("6")
                    .receivedOn("2026-02-03"));
            Books delivered = Books.of(CONTRACT)
                    .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("8"))
                    .entry(TimeEntries.approved("TE-1")
                            .version(2)
                            .on("2026-01-05")
                            .hours("6")
                            .receivedOn("2026-02-03"))
                    .proposals(Runs.marked(run, ProposalStatus.DELIVERED));

            RunResult whileDelivered = Runs.run(Setups.standard(), "2026-02-28", delivered.state());
            RunResult afterPosting = Runs.run(
                    Setups.standard(),
                    "2026-02-28",
                    books.proposals(Runs.marked(run, ProposalStatus.POSTED)).state());

            assertThat(whileDelivered.proposals()).isEmpty();
            assertThat(whileDelivered.actions()).isEmpty();
            assertThat(Runs.creditNote(afterPosting).untaxedAmount()).isEqualByComparingTo("400.00");
        }

        @Test
        void postedCreditNoteSettlesTheCorrectionSoItIsNotRepeated() {
            january();
            books.entry(TimeEntries.approved("TE-1")
                    .version(2)
                    .on("2026-01-05")
                    .hours("6")
                    .receivedOn("2026-02-03"));
            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());
            books.proposals(Runs.marked(february, ProposalStatus.POSTED));

            assertThat(Runs.run(Setups.standard(), "2026-03-31", books.state()).proposals())
                    .isEmpty();
        }

        @Test
        void rejectedThenApprovedAgainIsBilledAnewAfterTheCreditIsPosted() {
            january();
            books.entry(TimeEntries.entry("TE-1", TimeEntry.Status.REJECTED)
                    .version(2)
                    .on("2026-01-05")
                    .hours("8")
                    .receivedOn("2026-02-03"));
            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());
            books.proposals(Runs.marked(february, ProposalStatus.POSTED))
                    .entry(TimeEntries.approved("TE-1")
                            .version(3)
                            .on("2026-01-05")
                            .hours("7")
                            .receivedOn("2026-03-03"));

            InvoiceProposal march = Runs.invoice(Runs.run(Setups.standard(), "2026-03-31", books.state()));

            assertThat(march.lines()).singleElement().satisfies(l -> {
                assertThat(l.amount()).isEqualByComparingTo("1400.00");
                assertThat(l.refersTo()).isNull();
            });
        }
    }

    @Test
    void correctionsCountFirstUnderTheNotToExceed() {
        Contract capped = terms().period("2026-01-01", null)
                .rate("senior", "200")
                .notToExceed("2000")
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS);
        Books capBooks = Books.of(capped)
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("8"));
        RunResult january = Runs.run(Setups.standard(), "2026-01-31", capBooks.state());
        capBooks.proposals(Runs.marked(january, ProposalStatus.POSTED))
                .entry(TimeEntries.approved("TE-1")
                        .version(2)
                        .on("2026-01-05")
                        .hours("5")
                        .receivedOn("2026-02-03"))
                .entry(TimeEntries.approved("TE-2").on("2026-02-10").hours("4"));

        RunResult february = Runs.run(Setups.standard(), "2026-02-28", capBooks.state());

        // room 2000 - 1600 = 400, plus 600 credited = 1000; TE-2 (800) fits entirely
        assertThat(Runs.creditNote(february).untaxedAmount()).isEqualByComparingTo("600.00");
        assertThat(Runs.invoice(february).untaxedAmount()).isEqualByComparingTo("800.00");
        assertThat(Runs.lines(Runs.invoice(february), LineKind.NTE_ADJUSTMENT)).isEmpty();
    }
}
