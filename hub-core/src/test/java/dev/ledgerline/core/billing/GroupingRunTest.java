package dev.ledgerline.core.billing;

import static dev.ledgerline.core.testdata.Dates.dec;
import static dev.ledgerline.core.testdata.Dates.noon;
import static dev.ledgerline.core.testdata.Terms.terms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Address;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms.InvoiceGrouping;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Retainer;
import dev.ledgerline.core.testdata.Books;
import dev.ledgerline.core.testdata.Firm;
import dev.ledgerline.core.testdata.Runs;
import dev.ledgerline.core.testdata.Setups;
import dev.ledgerline.core.testdata.TimeEntries;
import dev.ledgerline.core.testdata.Versions;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingRunTest {

    static Contract tm(InvoiceGrouping grouping) {
        return terms().rate("senior", "200")
                .grouping(grouping)
                .taxCode(Setups.TAX)
                .contract(BillingModel.TIME_AND_MATERIALS);
    }

    static Books twoProjects(Contract c) {
        return Books.of(c)
                .project("P2", Firm.clientProject("Tax"))
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("1"))
                .entry(TimeEntries.approved("TE-2")
                        .project("P2")
                        .on("2026-01-06")
                        .hours("2"));
    }

    @Test
    void projectGroupingGivesOneInvoicePerProject() {
        RunResult result = Runs.run(
                Setups.standard(),
                "2026-01-31",
                twoProjects(tm(InvoiceGrouping.PROJECT)).state());

        assertThat(result.proposals())
                .extracting(p -> p.project().toString(), p -> p.untaxedAmount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("psa:P1", "200.00"),
                        org.assertj.core.groups.Tuple.tuple("psa:P2", "400.00"));
        assertThat(result.proposals()).extracting(InvoiceProposal::id).doesNotHaveDuplicates();
    }

    @Test
    void contractGroupingGivesOneInvoiceWhoseLinesKeepTheirProjects() {
        RunResult result = Runs.run(
                Setups.standard(),
                "2026-01-31",
                twoProjects(tm(InvoiceGrouping.CONTRACT)).state());

        InvoiceProposal invoice = Runs.invoice(result);
        assertThat(invoice.project()).isNull();
        assertThat(invoice.lines()).extracting(l -> l.project().toString()).containsExactly("psa:P1", "psa:P2");
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("600.00");
    }

    @Test
    void customerGroupingMergesTheCustomersContractsIntoOneInvoice() {
        Books first = Books.of(tm(InvoiceGrouping.CUSTOMER))
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("1"));
        Contract other = tm(InvoiceGrouping.CUSTOMER);
        var second = new dev.ledgerline.core.billing.ContractState(
                List.of(Versions.held("crm", "K2", other)),
                List.of(Versions.held(
                        "crm",
                        "C1",
                        new Customer(
                                "Acme", "us", null, "US", "USD", 30, null, new Address(null, null, null, "US"), null))),
                List.of(Versions.held(
                        "psa",
                        "P9",
                        new Project(
                                "Support",
                                Firm.CUSTOMER,
                                "us",
                                Project.Kind.CLIENT,
                                new Ref("crm", "K2"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                true))),
                List.of(),
                List.of(Versions.held("psa", "E1", Firm.employee("senior", "2020-01-01"))),
                List.of(TimeEntries.approved("TE-9")
                        .project("P9")
                        .on("2026-01-07")
                        .hours("3")
                        .held()),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        RunResult result = Runs.run(Setups.standard(), "2026-01-31", first.state(), second);

        InvoiceProposal invoice = Runs.invoice(result);
        assertThat(invoice.contract()).isNull();
        assertThat(invoice.contracts()).extracting(Ref::toString).containsExactly("crm:K1", "crm:K2");
        assertThat(invoice.lines()).extracting(l -> l.contract().toString()).containsExactly("crm:K1", "crm:K2");
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("800.00");
    }

    @Test
    void contractLevelLineOfAContractWithSeveralProjectsGetsAnInvoiceOfItsOwn() {
        Contract retainer = terms().period("2026-01-01", null)
                .retainer(new Retainer(Retainer.Mode.AMOUNT, dec("1000"), null, 0, null, null, null))
                .expensePolicy(true, null, null)
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        Books books = Books.of(retainer)
                .project("P2", Firm.clientProject("Tax"))
                .expense("X-1", 1, noon("2026-01-08"), Books.expense("2026-01-08", "50.00", "USD", null));

        RunResult result = Runs.run(Setups.standard(), "2026-01-31", books.state());

        assertThat(result.proposals())
                .extracting(
                        p -> String.valueOf(p.project()),
                        p -> p.lines().getFirst().kind())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("null", LineKind.RETAINER),
                        org.assertj.core.groups.Tuple.tuple("psa:P1", LineKind.EXPENSE));
    }

    @Test
    void contractLevelLineOfASingleProjectContractGoesOnThatProjectsInvoice() {
        Contract retainer = terms().period("2026-01-01", null)
                .retainer(new Retainer(Retainer.Mode.AMOUNT, dec("1000"), null, 0, null, null, null))
                .expensePolicy(true, null, null)
                .taxCode(Setups.TAX)
                .contract(BillingModel.RETAINER);
        Books books = Books.of(retainer)
                .expense("X-1", 1, noon("2026-01-08"), Books.expense("2026-01-08", "50.00", "USD", null));

        InvoiceProposal invoice = Runs.invoice(Runs.run(Setups.standard(), "2026-01-31", books.state()));

        assertThat(invoice.lines()).extracting(ProposalLine::kind).containsExactly(LineKind.RETAINER, LineKind.EXPENSE);
        assertThat(invoice.untaxedAmount()).isEqualByComparingTo("1050.00");
    }

    @Test
    void contractNotYetHeldWhenTheRunStartedIsNotBilled() {
        Books books = Books.of(tm(InvoiceGrouping.PROJECT))
                .entry(TimeEntries.approved("TE-1").on("2026-01-05").hours("1"));

        RunResult result = Runs.run(Setups.standard(), "2026-01-31", Versions.LONG_AGO.minusSeconds(1), books.state());

        assertThat(result.proposals()).isEmpty();
    }
}
