package dev.ledgerline.core.recognition;

import static dev.ledgerline.core.testdata.Dates.d;
import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billability.EntryClassifier;
import dev.ledgerline.core.billability.EntryFacts;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.billing.RunResult;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.rates.EmployeeHistory;
import dev.ledgerline.core.rates.RatePrecedence;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Firm;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/billing-examples.md, example 2 read as revenue. */
class TimeAndMaterialsRevenueTest {

    final Contract capped = terms().period("2026-01-01", null)
            .rate("senior", "200")
            .notToExceed("5000")
            .taxCode(Setups.TAX)
            .contract(BillingModel.TIME_AND_MATERIALS);
    final List<TimeEntries> entries = List.of(
            TimeEntries.approved("TE-1").on("2026-01-10").hours("15"),
            TimeEntries.approved("TE-2").on("2026-02-03").hours("8"),
            TimeEntries.approved("TE-3").on("2026-02-04").hours("4"),
            TimeEntries.approved("TE-4").on("2026-02-05").hours("2"),
            TimeEntries.approved("TE-5").on("2026-03-02").hours("1"));

    List<InvoiceProposal> postedThroughMarch() {
        Books books = Books.of(capped);
        entries.forEach(books::entry);
        List<InvoiceProposal> posted = new ArrayList<>();
        for (String runDate : List.of("2026-01-31", "2026-02-28", "2026-03-31")) {
            RunResult r = Runs.run(Setups.standard(), runDate, books.state());
            posted.addAll(Runs.marked(r, ProposalStatus.POSTED));
            books.proposals(Runs.marked(r, ProposalStatus.POSTED));
        }
        return posted;
    }

    List<ClassifiedEntry> classified() {
        EntryClassifier classifier = new EntryClassifier(RatePrecedence.withoutConversion(Setups.FIRM_RATES));
        EmployeeHistory ada = EmployeeHistory.single(new Ref("psa", "E1"), Firm.employee("senior"));
        return entries.stream()
                .map(e -> classifier.classify(new EntryFacts(e.held(), Firm.clientProject("Audit"), null, capped, ada)))
                .toList();
    }

    @Test
    void asBilledRevenueIsTheBilledTimeValueOfInvoicesDatedInTheMonth() {
        List<BilledDocument> docs = BilledDocument.ofProposals(postedThroughMarch());

        assertThat(TimeAndMaterialsRevenue.asBilled(docs, YearMonth.of(2026, 1)))
                .isEqualByComparingTo("3000.00");
        assertThat(TimeAndMaterialsRevenue.asBilled(docs, YearMonth.of(2026, 2)))
                .isEqualByComparingTo("2000.00");
        assertThat(TimeAndMaterialsRevenue.asBilled(docs, YearMonth.of(2026, 3)))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void asPerformedRevenueFollowsEntryDatesWithinTheNotToExceed() {
        List<PerformedWork> work = PerformedWork.ofEntries(classified());

        assertThat(TimeAndMaterialsRevenue.asPerformed(dec("5000"), work, YearMonth.of(2026, 1)))
                .isEqualByComparingTo("3000.00");
        assertThat(TimeAndMaterialsRevenue.asPerformed(dec("5000"), work, YearMonth.of(2026, 2)))
                .isEqualByComparingTo("2000.00");
        assertThat(TimeAndMaterialsRevenue.asPerformed(dec("5000"), work, YearMonth.of(2026, 3)))
                .isEqualByComparingTo("0");
    }

    @Test
    void billingNetsAgainstTheAccrualAsAccruedOrDeferredRevenue() {
        List<BilledDocument> docs = BilledDocument.ofProposals(postedThroughMarch());
        List<PerformedWork> work = PerformedWork.ofEntries(classified());

        TimeAndMaterialsRevenue.Performed midFebruary =
                TimeAndMaterialsRevenue.asPerformed(dec("5000"), work, docs, d("2026-02-15"));
        TimeAndMaterialsRevenue.Performed endFebruary =
                TimeAndMaterialsRevenue.asPerformed(dec("5000"), work, docs, d("2026-02-28"));

        assertThat(midFebruary.recognisedToDate()).isEqualByComparingTo("5000.00");
        assertThat(midFebruary.billedToDate()).isEqualByComparingTo("3000.00");
        assertThat(midFebruary.accruedRevenue()).isEqualByComparingTo("2000.00");
        assertThat(midFebruary.deferredRevenue()).isEqualByComparingTo("0");
        assertThat(endFebruary.accruedRevenue()).isEqualByComparingTo("0");
    }

    @Test
    void creditNoteReducesTheRevenueOfItsOwnDate() {
        List<BilledDocument> docs = List.of(
                new BilledDocument(d("2026-01-31"), dec("1600.00"), dec("1600.00"), dec("0")),
                new BilledDocument(d("2026-02-28"), dec("-400.00"), dec("-400.00"), dec("0")),
                new BilledDocument(d("2026-02-28"), dec("800.00"), dec("800.00"), dec("0")));

        assertThat(TimeAndMaterialsRevenue.asBilled(docs, YearMonth.of(2026, 1)))
                .isEqualByComparingTo("1600.00");
        assertThat(TimeAndMaterialsRevenue.asBilled(docs, YearMonth.of(2026, 2)))
                .isEqualByComparingTo("400.00");
    }

    @Test
    void postedOdooDocumentsCountTheirTimeLinesAndTheAdjustmentsOfThem() {
        Invoice invoice = new Invoice(
                "INV/2026/0001",
                Invoice.MoveType.OUT_INVOICE,
                "posted",
                "not_paid",
                "hub",
                null,
                "us",
                Firm.CUSTOMER,
                Firm.CONTRACT,
                null,
                d("2026-01-31"),
                d("2026-03-02"),
                null,
                "USD",
                dec("1450.00"),
                dec("145.00"),
                dec("1595.00"),
                dec("1595.00"),
                List.of(
                        new Invoice.Line(
                                1,
                                "time",
                                dec("8"),
                                dec("200"),
                                dec("1600.00"),
                                dec("160.00"),
                                List.of(RecordKey.parse("psa:time_entry:TE-1")),
                                null,
                                null),
                        new Invoice.Line(
                                2, "expense", dec("1"), dec("100"), dec("100.00"), dec("5.00"), List.of(), null, null),
                        new Invoice.Line(
                                3,
                                "writedown",
                                dec("1"),
                                dec("-200"),
                                dec("-200.00"),
                                dec("-20.00"),
                                List.of(),
                                1,
                                null),
                        new Invoice.Line(
                                4, "writedown", dec("1"), dec("-50"), dec("-50.00"), dec("-2.50"), List.of(), 2, null)),
                List.of());
        Invoice refund = new Invoice(
                "RINV/2026/0001",
                Invoice.MoveType.OUT_REFUND,
                "posted",
                "paid",
                "hub",
                "INV/2026/0001",
                "us",
                Firm.CUSTOMER,
                Firm.CONTRACT,
                null,
                d("2026-02-10"),
                null,
                null,
                "USD",
                dec("200.00"),
                dec("20.00"),
                dec("220.00"),
                dec("0"),
                List.of(new Invoice.Line(
                        1, "time_correction", dec("1"), dec("200"), dec("200.00"), dec("20.00"), List.of(), null, 1)),
                List.of());

        List<BilledDocument> docs = List.of(BilledDocument.of(invoice), BilledDocument.of(refund));

        assertThat(docs.get(0).timeFees()).isEqualByComparingTo("1400.00");
        assertThat(docs.get(0).untaxed()).isEqualByComparingTo("1450.00");
        assertThat(docs.get(1).timeFees()).isEqualByComparingTo("-200.00");
        assertThat(TimeAndMaterialsRevenue.asBilled(docs, d("2026-01-01"), d("2026-02-28")))
                .isEqualByComparingTo("1200.00");
    }
}
