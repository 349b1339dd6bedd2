package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.d;
import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Dates.noon;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.recognition.BilledDocument;
import dev.ledgerline.core.recognition.CostBasis;
import dev.ledgerline.core.recognition.FixedFeePosition;
import dev.ledgerline.core.recognition.FixedFeeRecognition;
import dev.ledgerline.core.recognition.RecognitionFlag;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Firm;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.StandardCost;
import dev.ledgerline.core.testdata.TimeEntries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/billing-examples.md, example 9: fixed fee with milestones and a change order. */
class FixedFeeRunTest {

    static final Ref P1 = new Ref("psa", "P1");

    final Contract contract = terms().period("2026-01-01", null)
            .fixedFee("50000", "30000")
            .milestone("M1", "10000", null)
            .milestone("M2", null, "40")
            .taxCode(Setups.TAX)
            .contract(BillingModel.FIXED_FEE, terms().fixedFee("60000", "36000").amendment("CO-1", "2026-03-01", true));
    final Books books = Books.of(contract)
            .acceptance(
                    "MA-1",
                    1,
                    noon("2026-02-10"),
                    new MilestoneAcceptance(Firm.CONTRACT, "M1", d("2026-02-10"), "client"))
            .acceptance(
                    "MA-2",
                    1,
                    noon("2026-03-15"),
                    new MilestoneAcceptance(Firm.CONTRACT, "M2", d("2026-03-15"), "client"));
    final List<InvoiceProposal> posted = new ArrayList<>();

    RunResult runAndPost(String runDate) {
        RunResult r = Runs.run(Setups.standard(), runDate, books.state());
        posted.addAll(Runs.marked(r, ProposalStatus.POSTED));
        books.proposals(Runs.marked(r, ProposalStatus.POSTED));
        return r;
    }

    @Nested
    class Milestones {

        @Test
        void milestoneIsInvoicedByTheFirstRunOnOrAfterItsAcceptance() {
            RunResult january = runAndPost("2026-01-31");
            RunResult february = runAndPost("2026-02-28");

            assertThat(january.proposals()).isEmpty();
            assertThat(Runs.invoice(february).lines()).singleElement().satisfies(l -> {
                assertThat(l.kind()).isEqualTo(LineKind.MILESTONE);
                assertThat(l.description()).isEqualTo("Milestone: Milestone M1 (accepted 2026-02-10)");
                assertThat(l.amount()).isEqualByComparingTo("10000.00");
                assertThat(l.item()).isEqualTo("M1");
                assertThat(l.sources().getFirst().ref().externalId()).isEqualTo("MA-1");
                assertThat(l.project()).isEqualTo(P1);
            });
        }

        @Test
        void percentMilestoneUsesTheFixedFeeInForceOnItsAcceptanceAfterTheChangeOrder() {
            runAndPost("2026-02-28");

            InvoiceProposal march = Runs.invoice(runAndPost("2026-03-31"));

            assertThat(march.lines()).singleElement().satisfies(l -> {
                assertThat(l.amount()).isEqualByComparingTo("24000.00");
                assertThat(l.description())
                        .isEqualTo("Milestone: Milestone M2 (accepted 2026-03-15, 40 % of the fixed fee)");
            });
            assertThat(march.estimatedTax()).isEqualByComparingTo("2400.00");
            assertThat(march.total()).isEqualByComparingTo("26400.00");
            assertThat(Runs.run(Setups.standard(), "2026-04-30", books.state()).proposals())
                    .isEmpty();
        }

        @Test
        void acceptanceOfAnUnknownMilestoneIsAProblem() {
            books.acceptance(
                    "MA-9",
                    1,
                    noon("2026-02-10"),
                    new MilestoneAcceptance(Firm.CONTRACT, "M9", d("2026-02-10"), "client"));

            RunResult result = Runs.run(Setups.standard(), "2026-02-28", books.state());

            assertThat(result.problems())
                    .extracting(BillingProblem::code)
                    .containsExactly(ProblemCode.UNKNOWN_MILESTONE);
        }

        @Test
        void timeOnAFixedFeeIsNeverBilledAsTimeLines() {
            books.entry(TimeEntries.approved("TE-1").on("2026-02-05").hours("8"));

            assertThat(Runs.invoice(Runs.run(Setups.standard(), "2026-02-28", books.state()))
                            .lines())
                    .extracting(ProposalLine::kind)
                    .containsExactly(LineKind.MILESTONE);
        }
    }

    @Nested
    class Recognition {

        final List<TimeEntry> work = new ArrayList<>();

        Recognition() {
            for (int day = 2; day <= 11; day++) {
                work.add(TimeEntries.approved("F-" + day)
                        .on(String.format("2026-02-%02d", day))
                        .hours("12")
                        .build());
            }
            for (int day = 2; day <= 16; day++) {
                work.add(TimeEntries.approved("M-" + day)
                        .on(String.format("2026-03-%02d", day))
                        .hours("10")
                        .build());
            }
        }

        final FixedFeeRecognition recognition = new FixedFeeRecognition(new StandardCost(work, dec("100")));

        @Test
        void recognisedRevenueFollowsCostToCostPercentCompleteAndCatchesUpWithTheChangeOrder() {
            runAndPost("2026-02-28");
            FixedFeePosition feb = recognition.position(
                    contract,
                    List.of(P1),
                    d("2026-02-28"),
                    BilledDocument.ofProposals(posted),
                    null,
                    CostBasis.PROVISIONAL);
            runAndPost("2026-03-31");
            FixedFeePosition mar = recognition.position(
                    contract,
                    List.of(P1),
                    d("2026-03-31"),
                    BilledDocument.ofProposals(posted),
                    null,
                    CostBasis.PROVISIONAL);

            assertThat(feb.costToDate()).isEqualByComparingTo("12000.00");
            assertThat(feb.pctComplete()).isEqualByComparingTo("0.4");
            assertThat(feb.recognisedToDate()).isEqualByComparingTo("20000.00");
            assertThat(feb.billedToDate()).isEqualByComparingTo("10000.00");
            assertThat(feb.contractAsset()).isEqualByComparingTo("10000.00");
            assertThat(feb.contractLiability()).isEqualByComparingTo("0");
            assertThat(mar.fixedFee()).isEqualByComparingTo("60000");
            assertThat(mar.pctCompleteReported()).isEqualByComparingTo("0.7500");
            assertThat(mar.recognisedToDate()).isEqualByComparingTo("45000.00");
            assertThat(mar.billedToDate()).isEqualByComparingTo("34000.00");
            assertThat(mar.contractAsset()).isEqualByComparingTo("11000.00");
            assertThat(recognition.revenueOf(contract, List.of(P1), YearMonth.of(2026, 3), CostBasis.PROVISIONAL))
                    .isEqualByComparingTo("25000.00");
        }

        @Test
        void eacAboveTheEstimateIsFlaggedAndAboveTheFeeReportsAnExpectedLoss() {
            FixedFeePosition over = recognition.position(
                    contract, List.of(P1), d("2026-03-31"), List.of(), dec("40000"), CostBasis.PROVISIONAL);
            FixedFeePosition loss = recognition.position(
                    contract, List.of(P1), d("2026-03-31"), List.of(), dec("62000"), CostBasis.PROVISIONAL);

            assertThat(over.flags()).containsExactly(RecognitionFlag.ESTIMATE_EXCEEDED);
            assertThat(over.expectedLoss()).isNull();
            assertThat(loss.expectedLoss()).isEqualByComparingTo("2000");
        }

        @Test
        void billingAheadOfProgressIsAContractLiability() {
            FixedFeePosition jan = recognition.position(
                    contract,
                    List.of(P1),
                    d("2026-01-31"),
                    List.of(new BilledDocument(d("2026-01-15"), dec("5000.00"), dec("0"), dec("5000.00"))),
                    null,
                    CostBasis.PROVISIONAL);

            assertThat(jan.recognisedToDate()).isEqualByComparingTo("0.00");
            assertThat(jan.contractLiability()).isEqualByComparingTo("5000.00");
        }

        @Test
        void percentCompleteNeverExceedsOne() {
            FixedFeeRecognition overrun = new FixedFeeRecognition((project, date, basis) -> dec("99999"));

            FixedFeePosition p =
                    overrun.position(contract, List.of(P1), d("2026-03-31"), List.of(), null, CostBasis.PROVISIONAL);

            assertThat(p.pctComplete()).isEqualByComparingTo("1");
            assertThat(p.recognisedToDate()).isEqualByComparingTo("60000.00");
        }

        @Test
        void missingEstimateIsFlaggedAndRecognisesNothing() {
            Contract noEstimate = terms().fixedFee("10000", null).contract(BillingModel.FIXED_FEE);

            FixedFeePosition p = recognition.position(
                    noEstimate, List.of(P1), d("2026-03-31"), List.of(), null, CostBasis.PROVISIONAL);

            assertThat(p.pctComplete()).isNull();
            assertThat(p.pctCompleteReported()).isNull();
            assertThat(p.flags()).containsExactly(RecognitionFlag.NO_ESTIMATED_COST);
        }
    }

    @Test
    void milestoneAcceptedBeforeTheChangeOrderUsesTheOriginalFee() {
        Books early = Books.of(contract)
                .acceptance(
                        "MA-2",
                        1,
                        noon("2026-02-20"),
                        new MilestoneAcceptance(Firm.CONTRACT, "M2", LocalDate.parse("2026-02-20"), "client"));

        InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-02-28", early.state()));

        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("20000.00");
    }
}
