package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import org.junit.jupiter.api.Test;

/** docs/billing-examples.md, example 1: time and materials. */
class TimeAndMaterialsRunTest {

    final Contract contract = terms().period("2026-01-01", "2026-12-31")
            .rate("senior", "200")
            .rate("junior", "120")
            .roundingIncrement("0.25")
            .taxCode(Setups.TAX)
            .contract(BillingModel.TIME_AND_MATERIALS);

    @Test
    void example1ApprovedBillableEntriesBecomeOneLineEachInDateOrderWithTax() {
        Books books = Books.of(contract)
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

        RunResult result = Runs.run(Setups.standard(), "2026-01-31", books.state());

        InvoiceProposal invoice = Runs.invoice(result);
        assertThat(invoice.lines())
                .extracting(l -> l.sources().getFirst().ref().externalId())
                .containsExactly("TE-1", "TE-2", "TE-3");
        assertThat(invoice.lines())
                .extracting(ProposalLine::quantity)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(
                        new java.math.BigDecimal("8"), new java.math.BigDecimal("7.75"), new java.math.BigDecimal("2"));
        assertThat(invoice.lines())
                .extracting(ProposalLine::amount)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(
                        new java.math.BigDecimal("1600.00"),
                        new java.math.BigDecimal("1550.00"),
                        new java.math.BigDecimal("240.00"));
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("3390.00");
        assertThat(invoice.estimatedTax()).isEqualByComparingTo("339.00");
        assertThat(invoice.total()).isEqualByComparingTo("3729.00");
        assertThat(invoice.invoiceDate()).isEqualTo(java.time.LocalDate.parse("2026-01-31"));
        assertThat(invoice.excluded()).containsExactly(new Exclusion(Books.entryKey("TE-4"), "NOT_APPROVED"));
    }
}
