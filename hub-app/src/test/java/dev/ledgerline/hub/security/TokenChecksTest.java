package dev.ledgerline.hub.security;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static dev.ledgerline.hub.testing.Envelopes.employee;
import static dev.ledgerline.hub.testing.Envelopes.timeEntry;
import static dev.ledgerline.hub.testing.Envelopes.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** R10 (the parts that exist so far): no token, bad token, wrong scope, another source's records. */
@Tag("R10")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TokenChecksTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    private Api api() {
        return new Api(port);
    }

    private long records(String id) {
        return sql.sql("SELECT COUNT(*) FROM ledger_record WHERE external_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void noTokenIsUnauthenticatedAndWritesNothing() {
        String id = unique("TE");

        Api.Answer answer = api().postEvents(null, batch(timeEntry(id, 1, "P-1", "1")));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(records(id)).isZero();
    }

    @Test
    void malformedOrUnknownTokenIsUnauthenticated() {
        String id = unique("TE");
        String wrongChecksum = TestTokens.PSA.substring(0, TestTokens.PSA.length() - 1) + "Z";

        assertThat(api().postEvents(wrongChecksum, batch(timeEntry(id, 1, "P-1", "1")))
                        .status())
                .isEqualTo(401);
        assertThat(api().postEvents(TokenFormat.generate(), batch(timeEntry(id, 1, "P-1", "1")))
                        .status())
                .isEqualTo(401);
        assertThat(records(id)).isZero();
    }

    @Test
    void tokenOfOneSourceCannotWriteAnotherAndTheWholeBatchIsRefused() {
        String mine = unique("TE");
        String theirs = unique("E");

        Api.Answer answer = api().postEvents(TestTokens.PSA, batch(timeEntry(mine, 1, "P-1", "1"), employee(theirs)));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(answer.json().path("error").path("details").get(0).asString())
                .isEqualTo("hr");
        assertThat(records(mine)).isZero();
        assertThat(records(theirs)).isZero();
    }

    @Test
    void readScopeCannotIngestAndIngestScopeReadsOnlyItsSource() {
        String id = unique("TE");
        api().postEvents(TestTokens.PSA, batch(timeEntry(id, 1, "P-1", "1")));

        assertThat(api().postEvents(TestTokens.READER, batch(timeEntry(unique("TE"), 1, "P-1", "1")))
                        .status())
                .isEqualTo(403);
        assertThat(api().get(TestTokens.PSA, "/api/v1/records/psa/time_entry/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(api().get(TestTokens.PEOPLE, "/api/v1/records/psa/time_entry/" + id)
                        .status())
                .isEqualTo(403);
        assertThat(api().get(null, "/api/v1/records/psa/time_entry/" + id).status())
                .isEqualTo(401);
    }

    @Test
    void metricsNeedAnOperatorTokenAndCountIngest() {
        api().postEvents(TestTokens.PSA, batch(timeEntry(unique("TE"), 1, "P-1", "1")));

        Api.Answer anonymous = api().get(null, "/actuator/prometheus");
        Api.Answer operator = api().get(TestTokens.OPERATOR, "/actuator/prometheus");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.body())
                .contains("ledgerline_ingest_accepted_total")
                .contains("ledgerline_ingest_received_total");
        assertThat(operator.body()).doesNotContain(TestTokens.PSA);
    }

    @Test
    void healthIsOpenAndUp() {
        Api.Answer health = api().get(null, "/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }
}
