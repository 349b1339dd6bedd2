package dev.ledgerline.hub.billing;

import static dev.ledgerline.hub.billing.BillingFixture.decimal;
import static dev.ledgerline.hub.billing.BillingFixture.exact;
import static dev.ledgerline.hub.billing.BillingFixture.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Books;
import dev.ledgerline.hub.testing.TestClock;
import dev.ledgerline.hub.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * Billing through the API on the firm of docs/billing-examples.md, examples 1 and 13 and the
 * approval rules, on whichever database the concrete class configures. Records are received at 18:00
 * on their date; runs start at 23:00 on the run date.
 */
@Import(BillingApiContract.Clocked.class)
abstract class BillingApiContract {

    /** Example 1's contract: senior 200, junior 120, hours rounded up to the quarter. */
    static final String EXAMPLE_1 = "\"rateCard\":{\"senior\":200,\"junior\":120},\"roundingIncrementHours\":0.25";

    @TestConfiguration
    static class Clocked {
        @Bean
        @Primary
        TestClock testClock() {
            return TestClock.at("2026-01-01T00:00:00Z");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    BillingFixture billing;

    @BeforeEach
    void fixture() {
        billing = new BillingFixture(port, clock);
    }

    /** Example 1's books: TE-1 to TE-5, TE-4 only submitted, TE-5 dated in February. */
    Books example1(String terms) {
        Books books = Books.unique();
        billing.masterData(books, "2026-01-02T18:00:00Z", terms, "senior");
        billing.receive(
                "2026-01-07T18:00:00Z",
                TestTokens.PSA,
                books.approved("TE-1", 1, "2026-01-05", "8", null),
                books.approved("TE-2", 1, "2026-01-06", "7.6", null),
                books.approved("TE-3", 1, "2026-01-06", "2", "junior"),
                books.entry("TE-4", 1, books.projectId(), "2026-01-07", "3", "submitted", null));
        billing.receive("2026-02-02T18:00:00Z", TestTokens.PSA, books.approved("TE-5", 1, "2026-02-02", "4", null));
        return books;
    }

    @Test
    void example1MonthEndRunProposesOneLinePerApprovedEntryToTheCent() {
        Books books = example1(EXAMPLE_1);

        JsonNode answer = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books);

        assertThat(answer.path("runId").asString()).isNotBlank();
        assertThat(answer.path("proposals")).hasSize(1);
        JsonNode p = answer.path("proposals").get(0);
        assertThat(p.path("contract").asString()).isEqualTo("crm:" + books.contractId());
        assertThat(p.path("customer").asString()).isEqualTo("crm:" + books.customerId());
        assertThat(p.path("entity").asString()).isEqualTo("us");
        assertThat(p.path("currency").asString()).isEqualTo("USD");
        assertThat(p.path("kind").asString()).isEqualTo("invoice");
        assertThat(p.path("status").asString()).isEqualTo("proposed");
        assertThat(p.path("invoiceDate").asString()).isEqualTo("2026-01-31");
        assertThat(p.path("runId").asString()).isEqualTo(answer.path("runId").asString());
        assertThat(p.path("lines"))
                .extracting(l -> l.path("sources").get(0).path("ref").asString())
                .containsExactly(books.entryRef("TE-1"), books.entryRef("TE-2"), books.entryRef("TE-3"));
        assertThat(p.path("lines"))
                .extracting(l -> decimal(l.path("quantity")))
                .containsExactly("8.00", "7.75", "2.00");
        assertThat(p.path("lines"))
                .extracting(l -> decimal(l.path("unitPrice")))
                .containsExactly("200.00", "200.00", "120.00");
        assertThat(p.path("lines"))
                .extracting(l -> decimal(l.path("amount")))
                .containsExactly("1600.00", "1550.00", "240.00");
        assertThat(p.path("lines"))
                .extracting(l -> decimal(l.path("estimatedTax")))
                .containsExactly("160.00", "155.00", "24.00");
        assertThat(p.path("lines")).extracting(l -> l.path("kind").asString()).containsOnly("time");
        assertThat(p.path("lines"))
                .extracting(l -> l.path("taxCode").asString())
                .containsOnly("STD");
        JsonNode te2 = lineOf(p, books.entryRef("TE-2")).path("sources").get(0);
        assertThat(decimal(te2.path("recordedHours"))).isEqualTo("7.60");
        assertThat(decimal(te2.path("billableHours"))).isEqualTo("7.75");
        assertThat(decimal(te2.path("amount"))).isEqualTo("1550.00");
        assertThat(te2.path("version").asLong()).isEqualTo(1);
        assertThat(decimal(p.path("untaxedAmount"))).isEqualTo("3390.00");
        assertThat(decimal(p.path("estimatedTax"))).isEqualTo("339.00");
        assertThat(decimal(p.path("total"))).isEqualTo("3729.00");
        assertThat(p.path("excluded")).hasSize(1);
        assertThat(p.path("excluded").get(0).path("ref").asString()).isEqualTo(books.entryRef("TE-4"));
        assertThat(p.path("excluded").get(0).path("reason").asString()).isEqualTo("NOT_APPROVED");
        assertThat(p.path("odoo").isNull()).isTrue();
    }

    @Test
    void runningTheSameRunDateAgainReturnsTheSameProposalsAndStoresNoDuplicate() {
        Books books = example1(EXAMPLE_1);
        JsonNode first = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books);

        JsonNode second = billing.run("2026-02-01T08:00:00Z", "2026-01-31", books);

        assertThat(second.path("runId").asString())
                .isNotEqualTo(first.path("runId").asString());
        assertThat(second.path("proposals")).isEqualTo(first.path("proposals"));
        assertThat(billing.proposalsOf(books)).hasSize(1);
    }

    @Test
    void theNextRunDateBillsOnlyWhatTheOpenProposalDoesNotHold() {
        Books books = example1(EXAMPLE_1);
        billing.run("2026-01-31T23:00:00Z", "2026-01-31", books);

        JsonNode february = billing.run("2026-02-28T23:00:00Z", "2026-02-28", books);

        assertThat(february.path("proposals")).hasSize(1);
        JsonNode p = february.path("proposals").get(0);
        assertThat(p.path("lines"))
                .extracting(l -> l.path("sources").get(0).path("ref").asString())
                .containsExactly(books.entryRef("TE-5"));
        assertThat(decimal(p.path("untaxedAmount"))).isEqualTo("800.00");
        assertThat(billing.proposalsOf(books))
                .extracting(x -> x.path("status").asString())
                .containsExactly("proposed", "proposed");
    }

    @Test
    void example13WriteDownByPercentIsASeparateLineTaxedLikeTheAdjustedLineAndAudited() {
        Books books = example1(EXAMPLE_1);
        JsonNode p = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0);
        String te2Line = lineOf(p, books.entryRef("TE-2")).path("lineId").asString();
        clock.set("2026-02-02T09:00:00Z");

        Api.Answer answer = billing.approve(TestTokens.FINANCE, p.path("id").asString(), """
                {"adjustments":[{"lineId":"%s","percent":-15,"reason":"scope creep"}]}""".formatted(te2Line));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode approved = exact(answer);
        assertThat(approved.path("status").asString()).isEqualTo("approved");
        assertThat(approved.path("lines")).hasSize(4);
        JsonNode down = approved.path("lines").get(3);
        assertThat(down.path("kind").asString()).isEqualTo("write_down");
        assertThat(down.path("description").asString()).isEqualTo("Write-down: scope creep");
        assertThat(decimal(down.path("quantity"))).isEqualTo("1.00");
        assertThat(decimal(down.path("unitPrice"))).isEqualTo("-232.50");
        assertThat(decimal(down.path("amount"))).isEqualTo("-232.50");
        assertThat(decimal(down.path("estimatedTax"))).isEqualTo("-23.25");
        assertThat(down.path("refersTo").asString()).isEqualTo(te2Line);
        assertThat(down.path("sources")).hasSize(1);
        assertThat(down.path("sources").get(0).path("ref").asString()).isEqualTo(books.entryRef("TE-2"));
        assertThat(decimal(down.path("sources").get(0).path("amount"))).isEqualTo("-232.50");
        assertThat(decimal(approved.path("untaxedAmount"))).isEqualTo("3157.50");
        assertThat(decimal(approved.path("estimatedTax"))).isEqualTo("315.75");
        assertThat(decimal(approved.path("total"))).isEqualTo("3473.25");
        assertThat(billing.proposal(p.path("id").asString())).isEqualTo(approved);
        JsonNode audit = audited("billing.proposal.approved", p.path("id").asString());
        assertThat(audit.path("actor").asString()).isEqualTo("token:finance");
        JsonNode details = audit.path("details");
        assertThat(details.path("total").asString()).isEqualTo("3473.25");
        assertThat(details.path("adjustments").get(0).path("amount").asString()).isEqualTo("-232.50");
        assertThat(details.path("adjustments").get(0).path("percent").asString())
                .isEqualTo("-15");
        assertThat(details.path("adjustments").get(0).path("reason").asString()).isEqualTo("scope creep");
    }

    @Test
    void onlyAFinanceTokenApprovesOrRejectsWhileReadAndOpsTokensRead() {
        Books books = example1(EXAMPLE_1);
        String id = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0)
                .path("id")
                .asString();

        List<Integer> refused = new ArrayList<>();
        for (String token : List.of(TestTokens.READER, TestTokens.OPERATOR, TestTokens.ADMIN, TestTokens.PSA)) {
            Api.Answer approve = billing.approve(token, id, "{}");
            Api.Answer reject = billing.reject(token, id, "{\"reason\":\"no\"}");
            assertThat(approve.errorCode()).isEqualTo("FORBIDDEN");
            refused.add(approve.status());
            refused.add(reject.status());
        }
        Api.Answer run = billing.api().post(TestTokens.READER, "/api/v1/billing/runs", "{\"runDate\":\"2026-01-31\"}");

        assertThat(refused).containsOnly(403);
        assertThat(run.status()).isEqualTo(403);
        assertThat(billing.api()
                        .get(TestTokens.OPERATOR, "/api/v1/billing/proposals/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(billing.api()
                        .get(TestTokens.PSA, "/api/v1/billing/proposals/" + id)
                        .status())
                .isEqualTo(403);
        assertThat(billing.proposal(id).path("status").asString()).isEqualTo("proposed");
    }

    @Test
    void rejectionRecordsTheStatusAndTheReasonAndTheWorkReturnsOnTheNextRunDate() {
        Books books = example1(EXAMPLE_1);
        String id = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0)
                .path("id")
                .asString();
        clock.set("2026-02-01T10:00:00Z");

        Api.Answer answer = billing.reject(TestTokens.FINANCE, id, "{\"reason\":\"client disputes January\"}");
        JsonNode again = billing.run("2026-02-01T11:00:00Z", "2026-01-31", books);
        JsonNode next = billing.run("2026-02-28T23:00:00Z", "2026-02-28", books);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(exact(answer).path("status").asString()).isEqualTo("rejected");
        JsonNode audit = audited("billing.proposal.rejected", id);
        assertThat(audit.path("actor").asString()).isEqualTo("token:finance");
        assertThat(audit.path("details").path("reason").asString()).isEqualTo("client disputes January");
        assertThat(audit.path("details").path("untaxedAmount").asString()).isEqualTo("3390.00");
        assertThat(again.path("proposals")).isEmpty();
        assertThat(next.path("proposals")).hasSize(1);
        assertThat(decimal(next.path("proposals").get(0).path("untaxedAmount"))).isEqualTo("4190.00");
        assertThat(billing.reject(TestTokens.FINANCE, id, "{\"reason\":\"twice\"}")
                        .errorCode())
                .isEqualTo("NOT_PROPOSED");
    }

    @Test
    void aWriteUpBeyondTheNotToExceedIsRefusedWithItsCodeAndOneWithinItIsApproved() {
        Books books = example1(EXAMPLE_1 + ",\"notToExceed\":3500");
        JsonNode p = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0);
        String id = p.path("id").asString();
        String te1Line = lineOf(p, books.entryRef("TE-1")).path("lineId").asString();

        Api.Answer tooMuch = billing.approve(TestTokens.FINANCE, id, """
                {"adjustments":[{"lineId":"%s","amount":200,"reason":"extra review"}]}""".formatted(te1Line));
        Api.Answer within = billing.approve(TestTokens.FINANCE, id, """
                {"adjustments":[{"lineId":"%s","amount":"100.00","reason":"extra review"}]}""".formatted(te1Line));

        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.errorCode()).isEqualTo("WRITE_UP_EXCEEDS_NOT_TO_EXCEED");
        assertThat(within.status()).as(within.body()).isEqualTo(200);
        assertThat(decimal(exact(within).path("untaxedAmount"))).isEqualTo("3490.00");
        assertThat(exact(within).path("lines").get(3).path("kind").asString()).isEqualTo("write_up");
    }

    @Test
    void anInvoiceDateInsideALockedPeriodIsRefusedAndAnOpenOneIsKept() {
        Books books = example1(EXAMPLE_1);
        String id = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0)
                .path("id")
                .asString();

        Api.Answer locked = billing.approve(TestTokens.FINANCE, id, "{\"invoiceDate\":\"2025-12-31\"}");
        Api.Answer open = billing.approve(TestTokens.FINANCE, id, "{\"invoiceDate\":\"2026-02-02\"}");

        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.errorCode()).isEqualTo("PERIOD_LOCKED");
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(exact(open).path("invoiceDate").asString()).isEqualTo("2026-02-02");
    }

    @Test
    void aNewVersionOfAnEntryOnAnApprovedUndeliveredProposalSendsItBackToProposedWithTheNewFigures() {
        Books books = example1(EXAMPLE_1);
        String id = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0)
                .path("id")
                .asString();
        clock.set("2026-02-01T09:00:00Z");
        assertThat(billing.approve(TestTokens.FINANCE, id, "{}").status()).isEqualTo(200);
        billing.receive("2026-02-03T18:00:00Z", TestTokens.PSA, books.approved("TE-1", 2, "2026-01-05", "6", null));

        JsonNode february = billing.run("2026-02-28T23:00:00Z", "2026-02-28", books);

        JsonNode january = billing.proposal(id);
        assertThat(january.path("status").asString()).isEqualTo("proposed");
        JsonNode te1 = lineOf(january, books.entryRef("TE-1"));
        assertThat(decimal(te1.path("amount"))).isEqualTo("1200.00");
        assertThat(te1.path("sources").get(0).path("version").asLong()).isEqualTo(2);
        assertThat(decimal(january.path("untaxedAmount"))).isEqualTo("2990.00");
        assertThat(decimal(january.path("total"))).isEqualTo("3289.00");
        assertThat(february.path("proposals")).hasSize(1);
        assertThat(february.path("proposals").get(0).path("lines"))
                .extracting(l -> l.path("sources").get(0).path("ref").asString())
                .containsExactly(books.entryRef("TE-5"));
        JsonNode audit = audited("billing.proposal.returned", id);
        assertThat(audit.path("details").path("changed").get(0).asString()).isEqualTo(books.entryRef("TE-1"));
    }

    @Test
    void aChangedEntryOnAProposalStillOpenFromAnEarlierRunDateIsBroughtUpToDateInsteadOfBilledTwice() {
        Books books = example1(EXAMPLE_1);
        String id = billing.run("2026-01-31T23:00:00Z", "2026-01-31", books)
                .path("proposals")
                .get(0)
                .path("id")
                .asString();
        billing.receive("2026-02-03T18:00:00Z", TestTokens.PSA, books.approved("TE-1", 2, "2026-01-05", "6", null));

        JsonNode february = billing.run("2026-02-28T23:00:00Z", "2026-02-28", books);

        JsonNode january = billing.proposal(id);
        assertThat(january.path("status").asString()).isEqualTo("proposed");
        assertThat(decimal(january.path("untaxedAmount"))).isEqualTo("2990.00");
        assertThat(february.path("proposals")).hasSize(1);
        assertThat(decimal(february.path("proposals").get(0).path("untaxedAmount")))
                .isEqualTo("800.00");
        assertThat(billing.proposalsOf(books)).hasSize(2);
    }

    @Test
    void malformedAndIncompleteRequestsAreRefusedWithTheirCodes() {
        Api.Answer notJson = billing.api().post(TestTokens.FINANCE, "/api/v1/billing/runs", "{runDate");
        Api.Answer noDate = billing.api().post(TestTokens.FINANCE, "/api/v1/billing/runs", "{}");
        Api.Answer badDate =
                billing.api().post(TestTokens.FINANCE, "/api/v1/billing/runs", "{\"runDate\":\"31/01/2026\"}");
        Api.Answer unknown = billing.api().post(TestTokens.FINANCE, "/api/v1/billing/runs", """
                {"runDate":"2026-01-31","contracts":["crm:NO-SUCH-CONTRACT"]}""");
        Api.Answer missing = billing.api().get(TestTokens.READER, "/api/v1/billing/proposals/P-nothing");
        Api.Answer badStatus = billing.api().get(TestTokens.READER, "/api/v1/billing/proposals?status=paid");

        assertThat(notJson.errorCode()).isEqualTo("MALFORMED_JSON");
        assertThat(noDate.errorCode()).isEqualTo("MISSING_FIELD");
        assertThat(badDate.errorCode()).isEqualTo("INVALID_VALUE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(unknown.json().path("error").path("details").get(0).asString())
                .isEqualTo("crm:NO-SUCH-CONTRACT");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(badStatus.errorCode()).isEqualTo("INVALID_VALUE");
        assertThat(List.of(notJson.status(), noDate.status(), badDate.status(), badStatus.status()))
                .containsOnly(400);
    }

    /** The newest audit entry of {@code action} about {@code subject}, read with an admin token. */
    JsonNode audited(String action, String subject) {
        Api.Answer answer = billing.api().get(TestTokens.ADMIN, "/api/v1/audit?action=" + action + "&limit=1000");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode found = null;
        for (JsonNode entry : answer.json().path("entries")) {
            if (entry.path("subject").asString().equals(subject)) {
                found = entry;
            }
        }
        assertThat(found).as("audit entry " + action + " of " + subject).isNotNull();
        return found;
    }
}
