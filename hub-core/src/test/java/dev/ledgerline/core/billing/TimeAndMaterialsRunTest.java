package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.d;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.PeriodLock;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimeAndMaterialsRunTest {

    static final Contract CONTRACT = terms().period("2026-01-01", "2026-12-31")
            .rate("senior", "200")
            .rate("junior", "120")
            .roundingIncrement("0.25")
            .taxCode(Setups.TAX)
            .contract(BillingModel.TIME_AND_MATERIALS);

    static List<BigDecimal> amounts(InvoiceProposal p) {
        return p.lines().stream().map(ProposalLine::amount).toList();
    }

    static BigDecimal[] money(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    /** docs/billing-examples.md, example 1. */
    @Nested
    class Example1 {

        final Books books = Books.of(CONTRACT)
                .entries(
                        TimeEntries.approved("TE-2")
                                .on("2026-01-06")
                                .hours("7.6")
                                .description("Fieldwork"),
                        TimeEntries.approved("TE-1").on("2026-01-05").hours("8").description("Planning"),
                        TimeEntries.approved("TE-3")
                                .on("2026-01-06")
                                .hours("2")
                                .role("junior")
                                .description("Tickmarks"),
                        TimeEntries.entry("TE-4", TimeEntry.Status.SUBMITTED)
                                .on("2026-01-07")
                                .hours("3"),
                        TimeEntries.approved("TE-5").on("2026-02-02").hours("4"));

        @Test
        void approvedBillableEntriesBecomeOneLineEachInDateThenExternalIdOrder() {
            InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

            assertThat(invoice.lines())
                    .extracting(l -> l.sources().getFirst().ref().externalId())
                    .containsExactly("TE-1", "TE-2", "TE-3");
            assertThat(invoice.lines())
                    .extracting(ProposalLine::quantity)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("8", "7.75", "2"));
            assertThat(invoice.lines())
                    .extracting(ProposalLine::unitPrice)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("200", "200", "120"));
            assertThat(amounts(invoice))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("1600.00", "1550.00", "240.00"));
            assertThat(invoice.lines())
                    .extracting(ProposalLine::estimatedTax)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("160.00", "155.00", "24.00"));
        }

        @Test
        void totalsAreTheSumsOfTheRoundedLines() {
            InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

            assertThat(invoice.untaxedAmount()).isEqualByComparingTo("3390.00");
            assertThat(invoice.estimatedTax()).isEqualByComparingTo("339.00");
            assertThat(invoice.total()).isEqualByComparingTo("3729.00");
            assertThat(invoice.invoiceDate()).isEqualTo(d("2026-01-31"));
            assertThat(invoice.kind()).isEqualTo(ProposalKind.INVOICE);
            assertThat(invoice.status()).isEqualTo(ProposalStatus.PROPOSED);
            assertThat(invoice.contract())
                    .isEqualTo(Books.of(CONTRACT)
                            .state()
                            .contract()
                            .getFirst()
                            .key()
                            .ref());
        }

        @Test
        void linesTraceTheirEntryWithVersionAndHoursAndCarryTheProjectAsAnalyticAccount() {
            InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

            ProposalLine te2 = invoice.lines().get(1);
            assertThat(te2.sources()).singleElement().satisfies(s -> {
                assertThat(s.ref()).isEqualTo(Books.entryKey("TE-2"));
                assertThat(s.version()).isEqualTo(1);
                assertThat(s.recordedHours()).isEqualByComparingTo("7.6");
                assertThat(s.billableHours()).isEqualByComparingTo("7.75");
                assertThat(s.amount()).isEqualByComparingTo("1550.00");
            });
            assertThat(te2.project()).hasToString("psa:P1");
            assertThat(te2.taxCode()).isEqualTo("STD");
            assertThat(te2.taxId()).isEqualTo(1L);
            assertThat(te2.description()).isEqualTo("2026-01-06 Ada (senior): Fieldwork");
        }

        @Test
        void unapprovedEntriesAreListedWithTheirReasonAndLaterEntriesWaitForTheirRun() {
            RunResult result = Runs.run(Setups.standard(), "2026-01-31", books.state());

            assertThat(result.excluded()).containsExactly(new Exclusion(Books.entryKey("TE-4"), "NOT_APPROVED"));
            assertThat(Runs.invoice(result).excluded())
                    .containsExactly(new Exclusion(Books.entryKey("TE-4"), "NOT_APPROVED"));
        }

        @Test
        void runningTwiceGivesTheSameProposalsWithTheSameIds() {
            RunResult first = Runs.run(Setups.standard(), "2026-01-31", books.state());
            RunResult second = Runs.run(Setups.standard(), "2026-01-31", books.state());

            assertThat(second).isEqualTo(first);
            assertThat(first.proposals().getFirst().id()).startsWith("P-");
            assertThat(first.proposals().getFirst().lines())
                    .extracting(ProposalLine::lineId)
                    .doesNotHaveDuplicates();
        }

        @Test
        void workOnAnApprovedProposalIsNeverBilledAgain() {
            RunResult first = Runs.run(Setups.standard(), "2026-01-31", books.state());

            RunResult again = Runs.run(
                    Setups.standard(),
                    "2026-02-28",
                    books.proposals(Runs.marked(first, ProposalStatus.APPROVED)).state());

            assertThat(Runs.invoice(again).lines())
                    .extracting(l -> l.sources().getFirst().ref().externalId())
                    .containsExactly("TE-5");
        }

        @Test
        void workOnARejectedProposalIsBilledAgain() {
            RunResult first = Runs.run(Setups.standard(), "2026-01-31", books.state());

            RunResult again = Runs.run(
                    Setups.standard(),
                    "2026-01-31",
                    books.proposals(Runs.marked(first, ProposalStatus.REJECTED)).state());

            assertThat(Runs.invoice(again).untaxedAmount()).isEqualByComparingTo("3390.00");
        }
    }

    @Test
    void entryApprovedAfterTheRunStartedGoesToTheNextRunWhateverItsDate() {
        Books books = Books.of(CONTRACT)
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("8"))
                .entry(TimeEntries.entry("TE-2", TimeEntry.Status.SUBMITTED)
                        .on("2026-01-20")
                        .hours("2")
                        .receivedOn("2026-01-20"))
                .entry(TimeEntries.approved("TE-2")
                        .version(2)
                        .on("2026-01-20")
                        .hours("2")
                        .receivedAt(java.time.Instant.parse("2026-01-31T23:30:00Z")));

        RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
        RunResult february = Runs.run(
                Setups.standard(),
                "2026-02-28",
                books.proposals(Runs.marked(january, ProposalStatus.POSTED)).state());

        assertThat(Runs.invoice(january).untaxedAmount()).isEqualByComparingTo("1600.00");
        assertThat(january.excluded()).containsExactly(new Exclusion(Books.entryKey("TE-2"), "NOT_APPROVED"));
        assertThat(Runs.invoice(february).lines()).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualByComparingTo("400.00");
            assertThat(l.sources().getFirst().version()).isEqualTo(2);
        });
    }

    /** docs/billing-examples.md, example 2. */
    @Nested
    class Example2NotToExceed {

        final Contract capped = terms().period("2026-01-01", null)
                .rate("senior", "200")
                .notToExceed("5000")
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS);
        final Books books = Books.of(capped)
                .entries(
                        TimeEntries.approved("TE-1").on("2026-01-10").hours("15"),
                        TimeEntries.approved("TE-2").on("2026-02-03").hours("8"),
                        TimeEntries.approved("TE-3").on("2026-02-04").hours("4"),
                        TimeEntries.approved("TE-4").on("2026-02-05").hours("2"),
                        TimeEntries.approved("TE-5").on("2026-03-02").hours("1"));

        @Test
        void entryCrossingTheCapIsBilledInPartAndLaterEntriesAtZero() {
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            RunResult february = Runs.run(
                    Setups.standard(),
                    "2026-02-28",
                    books.proposals(Runs.marked(january, ProposalStatus.POSTED)).state());

            InvoiceProposal invoice = Runs.invoice(february);
            assertThat(Runs.invoice(january).untaxedAmount()).isEqualByComparingTo("3000.00");
            assertThat(amounts(invoice))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("1600.00", "800.00", "400.00", "-800.00"));
            ProposalLine nte = invoice.lines().getLast();
            assertThat(nte.kind()).isEqualTo(LineKind.NTE_ADJUSTMENT);
            assertThat(nte.description()).startsWith("Not-to-exceed adjustment");
            assertThat(nte.quantity()).isEqualByComparingTo("1");
            assertThat(nte.unitPrice()).isEqualByComparingTo("-800.00");
            assertThat(nte.reason()).isEqualTo("NOT_TO_EXCEED");
            assertThat(nte.sources())
                    .extracting(s -> s.ref().externalId() + "=" + s.amount().toPlainString())
                    .containsExactly("TE-3=-400.00", "TE-4=-400.00");
            assertThat(invoice.untaxedAmount()).isEqualByComparingTo("2000.00");
            assertThat(invoice.estimatedTax()).isEqualByComparingTo("200.00");
            assertThat(invoice.total()).isEqualByComparingTo("2200.00");
        }

        @Test
        void entriesAfterTheCapIsReachedAreBilledAtZeroAndCountAsInvoiced() {
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            Books afterJanuary = Books.of(capped)
                    .entries(
                            TimeEntries.approved("TE-1").on("2026-01-10").hours("15"),
                            TimeEntries.approved("TE-2").on("2026-02-03").hours("8"),
                            TimeEntries.approved("TE-3").on("2026-02-04").hours("4"),
                            TimeEntries.approved("TE-4").on("2026-02-05").hours("2"),
                            TimeEntries.approved("TE-5").on("2026-03-02").hours("1"));
            afterJanuary.proposals(Runs.marked(january, ProposalStatus.POSTED));
            RunResult february = Runs.run(Setups.standard(), "2026-02-28", afterJanuary.state());
            afterJanuary.proposals(Runs.marked(february, ProposalStatus.POSTED));

            RunResult march = Runs.run(Setups.standard(), "2026-03-31", afterJanuary.state());
            afterJanuary.proposals(Runs.marked(march, ProposalStatus.POSTED));
            RunResult april = Runs.run(Setups.standard(), "2026-04-30", afterJanuary.state());

            InvoiceProposal invoice = Runs.invoice(march);
            assertThat(amounts(invoice))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(money("200.00", "-200.00"));
            assertThat(invoice.untaxedAmount()).isEqualByComparingTo("0.00");
            assertThat(april.proposals()).isEmpty();
        }

        @Test
        void raisingTheCapLaterNeverReBillsTheExcess() {
            RunResult january = Runs.run(Setups.standard(), "2026-01-31", books.state());
            books.proposals(Runs.marked(january, ProposalStatus.POSTED));
            RunResult february = Runs.run(Setups.standard(), "2026-02-28", books.state());
            books.proposals(Runs.marked(february, ProposalStatus.POSTED));
            Contract raised = terms().period("2026-01-01", null)
                    .rate("senior", "200")
                    .notToExceed("5000")
                    .taxCode(Setups.TAX)
                    .contract(
                            BillingModel.TIME_AND_MATERIALS,
                            terms().notToExceed("6000").amendment("A1", "2026-03-01", true));
            books.contractVersion(2, java.time.Instant.parse("2026-03-01T09:00:00Z"), raised);

            InvoiceProposal march = Runs.invoice(Runs.run(Setups.standard(), "2026-03-31", books.state()));

            assertThat(march.lines()).singleElement().satisfies(l -> {
                assertThat(l.sources().getFirst().ref().externalId()).isEqualTo("TE-5");
                assertThat(l.amount()).isEqualByComparingTo("200.00");
            });
        }
    }

    /** docs/billing-examples.md, example 3. */
    @Test
    void example3SummarizedLayoutReportsTheRoundingDifferenceOfEachLine() {
        Contract summarized = terms().period("2026-01-01", null)
                .rate("senior", "133.33")
                .rate("junior", "120")
                .layout(ContractTerms.LineLayout.SUMMARIZED)
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS);
        Books books = Books.of(summarized)
                .entries(
                        TimeEntries.approved("TE-1").on("2026-01-05").hours("1.25"),
                        TimeEntries.approved("TE-2").on("2026-01-06").hours("1.25"),
                        TimeEntries.approved("TE-3").on("2026-01-07").hours("1.25"),
                        TimeEntries.approved("TE-4").on("2026-01-07").hours("2").role("junior"));

        InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

        assertThat(invoice.lines()).hasSize(2);
        ProposalLine senior = invoice.lines().getFirst();
        assertThat(senior.quantity()).isEqualByComparingTo("3.75");
        assertThat(senior.unitPrice()).isEqualByComparingTo("133.33");
        assertThat(senior.amount()).isEqualByComparingTo("499.99");
        assertThat(senior.roundingDifference()).isEqualByComparingTo("0.01");
        assertThat(senior.sources())
                .extracting(LineSource::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(money("166.66", "166.66", "166.66"));
        assertThat(senior.description()).isEqualTo("Ada (senior): 3 entries 2026-01-05 to 2026-01-07");
        ProposalLine junior = invoice.lines().getLast();
        assertThat(junior.amount()).isEqualByComparingTo("240.00");
        assertThat(junior.roundingDifference()).isEqualByComparingTo("0.00");
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("739.99");
        assertThat(invoice.estimatedTax()).isEqualByComparingTo("74.00");
        assertThat(invoice.total()).isEqualByComparingTo("813.99");
    }

    @Test
    void invoiceDateIsNeverInsideALockedPeriod() {
        Books books = Books.of(CONTRACT).entry(TimeEntries.approved("TE-1").on("2026-01-05"));

        InvoiceProposal invoice = Runs.invoice(
                Runs.run(Setups.withLocks(PeriodLock.month(YearMonth.of(2026, 1))), "2026-01-31", books.state()));

        assertThat(invoice.invoiceDate()).isEqualTo(d("2026-02-01"));
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("1600.00");
    }

    @Test
    void lineWithoutTaxMappingLeavesTheTaxOpenAndFlagsTheProposal() {
        Books books = Books.of(CONTRACT).entry(TimeEntries.approved("TE-1").on("2026-01-05"));

        RunResult result = Runs.run(Setups.withoutTaxRules(), "2026-01-31", books.state());

        InvoiceProposal invoice = Runs.invoice(result);
        assertThat(invoice.lines().getFirst().estimatedTax()).isNull();
        assertThat(invoice.lines().getFirst().taxId()).isNull();
        assertThat(invoice.estimatedTax()).isNull();
        assertThat(invoice.total()).isNull();
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("1600.00");
        assertThat(invoice.problems()).extracting(BillingProblem::code).containsExactly(ProblemCode.NO_TAX_MAPPING);
        assertThat(result.problems()).extracting(BillingProblem::code).containsExactly(ProblemCode.NO_TAX_MAPPING);
    }

    @Test
    void companyRoundingGloballyEstimatesTaxOncePerTax() {
        Contract odd = terms().rate("senior", "100.05").taxCode(Setups.TAX).contract(BillingModel.TIME_AND_MATERIALS);
        Books books = Books.of(odd)
                .entries(
                        TimeEntries.approved("TE-1").on("2026-01-05").hours("1"),
                        TimeEntries.approved("TE-2").on("2026-01-06").hours("1"));

        InvoiceProposal perLine = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));
        InvoiceProposal global = Runs.invoice(Runs.run(Setups.roundingGlobally(), "2026-01-31", books.state()));

        assertThat(perLine.estimatedTax()).isEqualByComparingTo("20.02"); // 10.01 + 10.01 (10.005 each)
        assertThat(global.estimatedTax()).isEqualByComparingTo("20.01"); // round(200.10 × 0.10)
    }

    @Test
    void billableEntryWithoutRateWaitsAsANoRateProblem() {
        Contract noRates = terms().taxCode(Setups.TAX).contract(BillingModel.TIME_AND_MATERIALS);
        Books books = Books.of(noRates)
                .employee("E2", dev.ledgerline.core.testdata.Firm.employee("astronaut", "2020-01-01"))
                .entry(TimeEntries.approved("TE-1").employee("E2").on("2026-01-05"))
                .entry(TimeEntries.approved("TE-2").on("2026-01-05"));

        RunResult result = Runs.run(Setups.standard(), "2026-01-31", books.state());

        assertThat(Runs.invoice(result).lines())
                .singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("1440.00")); // firm rate 180
        assertThat(result.excluded()).containsExactly(new Exclusion(Books.entryKey("TE-1"), "NO_RATE"));
        assertThat(result.problems())
                .extracting(BillingProblem::code, BillingProblem::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.NO_RATE, "psa:time_entry:TE-1"));
    }
}
