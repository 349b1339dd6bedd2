package dev.ledgerline.hub.billing;

import static dev.ledgerline.hub.billing.BillingFixture.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.hub.testing.Books;
import dev.ledgerline.hub.testing.TestClock;
import dev.ledgerline.hub.testing.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * What a run cannot bill stays queryable for the exceptions view, per contract, until a run resolves it: a
 * partner has no rate on the contract nor on the firm rate card, and tax code EXEMPT maps to no tax.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "billing"})
@Import(BillingApiContract.Clocked.class)
class BillingProblemsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    BillingProposals proposals;

    @Test
    void anEntryWithoutARateWaitsAsNoRateAndALineWithoutTaxMappingLeavesTheTotalOpen() {
        BillingFixture billing = new BillingFixture(port, clock);
        Books books = Books.unique();
        billing.receive(
                "2026-01-02T18:00:00Z",
                TestTokens.PEOPLE,
                books.customer(),
                books.contract(1, "\"rateCard\":{\"senior\":200}", "EXEMPT"),
                books.employee("partner"));
        billing.receive("2026-01-02T18:00:00Z", TestTokens.PSA, books.project());
        billing.receive(
                "2026-01-07T18:00:00Z",
                TestTokens.PSA,
                books.approved("TE-1", 1, "2026-01-05", "3", "senior"),
                books.approved("TE-2", 1, "2026-01-06", "2", null));

        JsonNode p = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0);

        assertThat(decimal(p.path("untaxedAmount"))).isEqualTo("600.00");
        assertThat(p.path("estimatedTax").isNull()).isTrue();
        assertThat(p.path("total").isNull()).isTrue();
        assertThat(p.path("excluded"))
                .extracting(
                        e -> e.path("ref").asString() + " " + e.path("reason").asString())
                .containsExactly(books.entryRef("TE-2") + " NO_RATE");
        List<OpenProblem> open = proposals.openProblems(null).stream()
                .filter(o -> o.contract().externalId().equals(books.contractId()))
                .toList();
        assertThat(open)
                .extracting(OpenProblem::code)
                .containsExactlyInAnyOrder(ProblemCode.NO_RATE, ProblemCode.NO_TAX_MAPPING);
        assertThat(open)
                .filteredOn(o -> o.code() == ProblemCode.NO_TAX_MAPPING)
                .singleElement()
                .satisfies(
                        o -> assertThat(o.proposalId()).isEqualTo(p.path("id").asString()));
        assertThat(open)
                .filteredOn(o -> o.code() == ProblemCode.NO_RATE)
                .singleElement()
                .satisfies(o -> assertThat(o.ref()).isEqualTo(books.entryRef("TE-2")));
        assertThat(proposals.openProblems(ProblemCode.NO_RATE))
                .anySatisfy(o -> assertThat(o.contract().externalId()).isEqualTo(books.contractId()));
    }
}
