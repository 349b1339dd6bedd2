package dev.ledgerline.hub.ownership;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static dev.ledgerline.hub.testing.Envelopes.customer;
import static dev.ledgerline.hub.testing.Envelopes.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Ownership in ignore mode, over HTTP: foreign fields keep their stored values, the rest applies. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledgerline.ownership.mode=ignore",
            "ledgerline.ownership.types.customer.fields.billingEmail=portal"
        })
@ActiveProfiles("test")
class OwnershipIgnoreApiTest {

    @LocalServerPort
    int port;

    private Api api() {
        return new Api(port);
    }

    private JsonNode record(String source, String id) {
        return api().get(TestTokens.READER, "/api/v1/records/" + source + "/customer/" + id)
                .json();
    }

    @Test
    void theStoredVatNumberIsKeptAndTheRestAppliedWithAWarning() {
        String id = unique("C");
        api().postEvents(TestTokens.PEOPLE, batch(customer("portal", id, 1, "Acme", "DE111", "ap@acme.test")));

        Api.Answer answer = api().postEvents(
                        TestTokens.PEOPLE, batch(customer("portal", id, 2, "Acme", "DE999", "billing@acme.test")));

        assertThat(answer.status(0)).isEqualTo("accepted");
        JsonNode warnings = answer.result(0).path("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).path("code").asString()).isEqualTo("OWNERSHIP_VIOLATION");
        assertThat(warnings.get(0).path("field").asString()).isEqualTo("data.vatNumber");
        JsonNode stored = record("portal", id);
        assertThat(stored.path("version").asLong()).isEqualTo(2);
        assertThat(stored.path("data").path("vatNumber").asString()).isEqualTo("DE111");
        assertThat(stored.path("data").path("billingEmail").asString()).isEqualTo("billing@acme.test");
        JsonNode audited = api().get(TestTokens.OPERATOR, "/api/v1/audit?action=ownership.ignored")
                .json()
                .path("entries");
        assertThat(audited)
                .filteredOn(e -> e.path("subject").asString().equals("portal:customer:" + id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path("details").path("fields").get(0).asString())
                            .isEqualTo("data.vatNumber");
                    assertThat(e.path("details")
                                    .path("owners")
                                    .path("data.vatNumber")
                                    .asString())
                            .isEqualTo("crm");
                });
    }

    @Test
    void theSameVersionSentAgainIsADuplicate() {
        String id = unique("C");
        api().postEvents(TestTokens.PEOPLE, batch(customer("portal", id, 1, "Acme", "DE111", "ap@acme.test")));
        String changed = customer("portal", id, 2, "Acme", "DE999", "billing@acme.test");
        api().postEvents(TestTokens.PEOPLE, batch(changed));

        Api.Answer again = api().postEvents(TestTokens.PEOPLE, batch(changed));

        assertThat(again.status(0)).isEqualTo("duplicate");
        assertThat(record("portal", id).path("versions")).hasSize(2);
    }

    @Test
    void aForeignFieldNeverStoredIsLeftOut() {
        String id = unique("C");
        api().postEvents(TestTokens.PEOPLE, batch(customer("portal", id, 1, "Acme", null, "ap@acme.test")));

        Api.Answer answer =
                api().postEvents(TestTokens.PEOPLE, batch(customer("portal", id, 2, "Acme", "DE999", "ap@acme.test")));

        assertThat(answer.status(0)).isEqualTo("accepted");
        assertThat(answer.result(0).path("warnings").get(0).path("field").asString())
                .isEqualTo("data.vatNumber");
        assertThat(record("portal", id).path("data").has("vatNumber")).isFalse();
    }

    @Test
    void theCrmsOwnChangesApplyWithoutWarnings() {
        String id = unique("C");
        api().postEvents(TestTokens.PEOPLE, batch(customer("crm", id, 1, "Acme", "DE111", null)));

        Api.Answer answer =
                api().postEvents(TestTokens.PEOPLE, batch(customer("crm", id, 2, "Acme GmbH", "DE999", null)));

        assertThat(answer.status(0)).isEqualTo("accepted");
        assertThat(answer.result(0).has("warnings")).isFalse();
        assertThat(record("crm", id).path("data").path("name").asString()).isEqualTo("Acme GmbH");
    }
}
