package dev.ledgerline.hub.billing;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Books;
import dev.ledgerline.hub.testing.TestClock;
import dev.ledgerline.hub.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls billing tests make over HTTP: send envelopes at a receipt time, run billing at a start
 * time, decide proposals; answers are read with exact decimals, so {@code 1550.00} stays two decimals.
 */
final class BillingFixture {

    static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Api api;
    private final TestClock clock;

    BillingFixture(int port, TestClock clock) {
        this.api = new Api(port);
        this.clock = clock;
    }

    Api api() {
        return api;
    }

    /** Sends envelopes as received at {@code instant}; every item must be accepted. */
    void receive(String instant, String token, String... envelopes) {
        clock.set(instant);
        Api.Answer answer = api.postEvents(token, batch(envelopes));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (int i = 0; i < envelopes.length; i++) {
            assertThat(answer.status(i)).as(answer.body()).isEqualTo("accepted");
        }
    }

    /** Customer, contract with {@code terms}, employee and project of the books, received at {@code instant}. */
    void masterData(Books books, String instant, String terms, String role) {
        receive(instant, TestTokens.PEOPLE, books.customer(), books.contract(1, terms), books.employee(role));
        receive(instant, TestTokens.PSA, books.project());
    }

    /** {@code POST /billing/runs} for the books' contract, started at {@code instant}; answers the body. */
    JsonNode run(String instant, String runDate, Books books) {
        clock.set(instant);
        Api.Answer answer =
                api.post(TestTokens.FINANCE, "/api/v1/billing/runs", """
                {"runDate":"%s","contracts":["crm:%s"]}""".formatted(runDate, books.contractId()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return exact(answer);
    }

    JsonNode proposal(String id) {
        Api.Answer answer = api.get(TestTokens.READER, "/api/v1/billing/proposals/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return exact(answer);
    }

    /** Every proposal of the books' contract, newest run date first. */
    List<JsonNode> proposalsOf(Books books) {
        Api.Answer answer = api.get(TestTokens.READER, "/api/v1/billing/proposals?contract=crm:" + books.contractId());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        exact(answer).path("proposals").forEach(found::add);
        return found;
    }

    Api.Answer approve(String token, String id, String body) {
        return api.post(token, "/api/v1/billing/proposals/" + id + "/approve", body);
    }

    Api.Answer reject(String token, String id, String body) {
        return api.post(token, "/api/v1/billing/proposals/" + id + "/reject", body);
    }

    static JsonNode exact(Api.Answer answer) {
        return EXACT.readTree(answer.body());
    }

    /** A decimal of an answer as written: {@code "1550.00"}, scale included. */
    static String decimal(JsonNode node) {
        assertThat(node.isNumber()).as("a JSON number: " + node).isTrue();
        return node.decimalValue().toPlainString();
    }

    /** The line of a proposal that bills {@code ref}. */
    static JsonNode lineOf(JsonNode proposal, String ref) {
        for (JsonNode line : proposal.path("lines")) {
            for (JsonNode source : line.path("sources")) {
                if (source.path("ref").asString().equals(ref)
                        && line.path("kind").asString().equals("time")) {
                    return line;
                }
            }
        }
        throw new AssertionError("no time line bills " + ref + " in " + proposal);
    }
}
