package dev.ledgerline.hub.audit;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static dev.ledgerline.hub.testing.Envelopes.customer;
import static dev.ledgerline.hub.testing.Envelopes.envelope;
import static dev.ledgerline.hub.testing.Envelopes.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestTokens;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The operator endpoints of the audit log over HTTP, and what ingest writes into it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    private Api api() {
        return new Api(port);
    }

    private List<JsonNode> entries(String token, String query) {
        Api.Answer answer = api().get(token, "/api/v1/audit?" + query);
        assertThat(answer.status()).isEqualTo(200);
        return StreamSupport.stream(answer.json().path("entries").spliterator(), false)
                .toList();
    }

    @Test
    void aRefusedForeignChangeIsAuditedWithSourceKeyAndFields() {
        String stub = unique("C");
        api().postEvents(TestTokens.PSA, batch(customer("psa", stub, 1, "Acme", "DE111", null)));

        api().postEvents(TestTokens.PSA, batch(customer("psa", stub, 2, "Acme", "DE999", null)));

        List<JsonNode> found = entries(TestTokens.OPERATOR, "action=ownership").stream()
                .filter(e -> e.path("subject").asString().equals("psa:customer:" + stub))
                .toList();
        assertThat(found).hasSize(1);
        JsonNode entry = found.getFirst();
        assertThat(entry.path("action").asString()).isEqualTo("ownership.rejected");
        assertThat(entry.path("actor").asString()).isEqualTo("token:psa-feed");
        assertThat(entry.path("details").path("source").asString()).isEqualTo("psa");
        assertThat(entry.path("details").path("version").asLong()).isEqualTo(2);
        assertThat(entry.path("details").path("fields").get(0).asString()).isEqualTo("data.vatNumber");
        assertThat(entry.path("details").path("owners").path("data.vatNumber").asString())
                .isEqualTo("crm");
    }

    @Test
    void anInvoiceSentByASourceIsAuditedToo() {
        String id = unique("INV");

        api().postEvents(TestTokens.PSA, batch(envelope("psa", "invoice", id, 1, "{\"number\":\"INV/1\"}")));

        assertThat(entries(TestTokens.ADMIN, "action=ownership.rejected")).anySatisfy(e -> {
            assertThat(e.path("subject").asString()).isEqualTo("psa:invoice:" + id);
            assertThat(e.path("details").path("fields").get(0).asString()).isEqualTo("type");
        });
    }

    @Test
    void theStartupConfigurationIsRecorded() {
        List<JsonNode> configured = entries(TestTokens.ADMIN, "action=ownership.configured");

        assertThat(configured).isNotEmpty();
        JsonNode configuration = configured.getFirst().path("details").path("configuration");
        assertThat(configuration.path("mode").asString()).isEqualTo("reject");
        assertThat(configuration.path("types").path("customer").path("owner").asString())
                .isEqualTo("crm");
    }

    @Test
    void readingNeedsOpsOrAdminAndVerifyingNeedsAdmin() {
        assertThat(api().get(TestTokens.READER, "/api/v1/audit").status()).isEqualTo(403);
        assertThat(api().get(null, "/api/v1/audit").status()).isEqualTo(401);
        assertThat(api().post(TestTokens.OPERATOR, "/api/v1/audit/verify", "").status())
                .isEqualTo(403);
        assertThat(api().get(TestTokens.OPERATOR, "/api/v1/audit").status()).isEqualTo(200);
    }

    @Test
    void aBadSinceIsAnInvalidValue() {
        Api.Answer answer = api().get(TestTokens.ADMIN, "/api/v1/audit?since=yesterday");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("INVALID_VALUE");
    }

    @Test
    @Tag("R11")
    void verifyNamesTheFirstBrokenEntryAndIsItselfAudited() {
        String stub = unique("C");
        api().postEvents(TestTokens.PSA, batch(customer("psa", stub, 1, "Acme", "DE111", null)));
        api().postEvents(TestTokens.PSA, batch(customer("psa", stub, 2, "Acme", "DE999", null)));
        JsonNode entry = entries(TestTokens.ADMIN, "action=ownership.rejected").stream()
                .filter(e -> e.path("subject").asString().equals("psa:customer:" + stub))
                .findFirst()
                .orElseThrow();
        long seq = entry.path("seq").asLong();
        String actor = entry.path("actor").asString();
        Api.Answer intact = api().post(TestTokens.ADMIN, "/api/v1/audit/verify", "");

        sql.sql("UPDATE audit_entry SET actor = 'token:nobody' WHERE seq = :seq")
                .param("seq", seq)
                .update();
        Api.Answer broken;
        try {
            broken = api().post(TestTokens.ADMIN, "/api/v1/audit/verify", "");
        } finally {
            sql.sql("UPDATE audit_entry SET actor = :a WHERE seq = :seq")
                    .param("a", actor)
                    .param("seq", seq)
                    .update();
        }

        assertThat(intact.status()).isEqualTo(200);
        assertThat(intact.json().path("intact").asBoolean()).isTrue();
        assertThat(broken.json().path("intact").asBoolean()).isFalse();
        assertThat(broken.json().path("firstBroken").path("seq").asLong()).isEqualTo(seq);
        assertThat(broken.json().path("firstBroken").path("action").asString()).isEqualTo("ownership.rejected");
        assertThat(entries(TestTokens.ADMIN, "action=audit.verified"))
                .extracting(e -> e.path("actor").asString())
                .contains("token:admin");
    }
}
