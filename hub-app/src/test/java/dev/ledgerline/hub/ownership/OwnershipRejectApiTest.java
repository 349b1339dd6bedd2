package dev.ledgerline.hub.ownership;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static dev.ledgerline.hub.testing.Envelopes.customer;
import static dev.ledgerline.hub.testing.Envelopes.envelope;
import static dev.ledgerline.hub.testing.Envelopes.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Ownership in the default mode, over HTTP: a foreign change refuses the item and changes nothing. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledgerline.ownership.types.customer.fields.billingEmail=portal")
@ActiveProfiles("test")
class OwnershipRejectApiTest {

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
    void psaChangingTheVatNumberOfItsCustomerStubIsRejectedWhileTheCrmsChangeGoesThrough() {
        String stub = unique("C");
        String crmCustomer = unique("C");
        api().postEvents(TestTokens.PSA, batch(customer("psa", stub, 1, "Acme", "DE111", null)));
        api().postEvents(TestTokens.PEOPLE, batch(customer("crm", crmCustomer, 1, "Acme", "DE111", null)));

        Api.Answer fromPsa = api().postEvents(TestTokens.PSA, batch(customer("psa", stub, 2, "Acme", "DE999", null)));
        Api.Answer fromCrm =
                api().postEvents(TestTokens.PEOPLE, batch(customer("crm", crmCustomer, 2, "Acme", "DE999", null)));

        assertThat(fromPsa.status(0)).isEqualTo("rejected");
        assertThat(fromPsa.result(0).path("errors")).hasSize(1);
        assertThat(fromPsa.firstErrorCode(0)).isEqualTo("OWNERSHIP_VIOLATION");
        assertThat(fromPsa.firstErrorField(0)).isEqualTo("data.vatNumber");
        assertThat(record("psa", stub).path("version").asLong()).isEqualTo(1);
        assertThat(record("psa", stub).path("data").path("vatNumber").asString())
                .isEqualTo("DE111");
        assertThat(record("psa", stub).path("rejections")).hasSize(1);
        assertThat(fromCrm.status(0)).isEqualTo("accepted");
        assertThat(fromCrm.result(0).has("warnings")).isFalse();
        assertThat(record("crm", crmCustomer).path("data").path("vatNumber").asString())
                .isEqualTo("DE999");
    }

    @Test
    void aFieldGivenToTheBillingPortalIsRefusedToTheCrmAndOpenToThePortal() {
        String crmCustomer = unique("C");
        String portalCustomer = unique("C");
        api().postEvents(
                        TestTokens.PEOPLE,
                        batch(
                                customer("crm", crmCustomer, 1, "Acme", "DE111", "ap@acme.test"),
                                customer("portal", portalCustomer, 1, "Acme", "DE111", "ap@acme.test")));

        Api.Answer answer = api().postEvents(
                        TestTokens.PEOPLE,
                        batch(
                                customer("crm", crmCustomer, 2, "Acme", "DE111", "billing@acme.test"),
                                customer("portal", portalCustomer, 2, "Acme", "DE111", "billing@acme.test")));

        assertThat(answer.status(0)).isEqualTo("rejected");
        assertThat(answer.firstErrorField(0)).isEqualTo("data.billingEmail");
        assertThat(answer.status(1)).isEqualTo("accepted");
        assertThat(record("portal", portalCustomer)
                        .path("data")
                        .path("billingEmail")
                        .asString())
                .isEqualTo("billing@acme.test");
    }

    @Test
    void aStubAndItsForeignChangeInOneBatchAreJudgedInOrder() {
        String stub = unique("C");

        Api.Answer answer = api().postEvents(
                        TestTokens.PSA,
                        batch(
                                customer("psa", stub, 1, "Acme", "DE111", null),
                                customer("psa", stub, 2, "Acme Ltd", "DE111", null)));

        assertThat(answer.status(0)).isEqualTo("accepted");
        assertThat(answer.status(1)).isEqualTo("rejected");
        assertThat(answer.firstErrorField(1)).isEqualTo("data.name");
    }

    @Test
    void aNonOwnerCannotDeleteTheRecord() {
        String stub = unique("C");
        api().postEvents(TestTokens.PSA, batch(customer("psa", stub, 1, "Acme", null, null)));

        Api.Answer answer =
                api().postEvents(TestTokens.PSA, batch(envelope("psa", "customer", stub, 2, "{\"deleted\":true}")));

        assertThat(answer.status(0)).isEqualTo("rejected");
        assertThat(answer.firstErrorField(0)).isEqualTo("data.deleted");
        assertThat(record("psa", stub).path("deleted").asBoolean()).isFalse();
    }

    @Test
    void aSourceSendingAnInvoiceIsAnOwnershipViolation() {
        Api.Answer answer = api().postEvents(
                        TestTokens.PSA, batch(envelope("psa", "invoice", unique("INV"), 1, "{\"number\":\"INV/1\"}")));

        assertThat(answer.firstErrorCode(0)).isEqualTo("OWNERSHIP_VIOLATION");
        assertThat(answer.firstErrorField(0)).isEqualTo("type");
    }
}
