package dev.ledgerline.hub.operations;

import static dev.ledgerline.hub.testing.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.dispatch.DeliveryScenario;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.RefusingCustomers;
import dev.ledgerline.hub.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** With {@code ledgerline.operations.four-eyes}, a corrected payload waits for a second operator. */
@Import(RefusingCustomers.class)
@TestPropertySource(properties = "ledgerline.operations.four-eyes=true")
class FourEyesCorrectionIT extends DeliveryScenario {

    @AfterEach
    void fixEverything() {
        RefusingCustomers.NAMES.clear();
    }

    private String state(String externalId) {
        return sql.sql("SELECT state FROM ledger_record WHERE source = 'crm' AND record_type = 'customer'"
                        + " AND external_id = :e")
                .param("e", externalId)
                .query(String.class)
                .single();
    }

    private void awaitState(String externalId, String state) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> state.equals(state(externalId)));
    }

    @Test
    void aCorrectionWaitsForAnotherOperatorAndIsAppliedOnlyWhenApproved() {
        Api api = new Api(port);
        String prefix = prefix("4E");
        String id = prefix + "-R";
        RefusingCustomers.NAMES.add("Refused " + prefix);
        post(List.of(customer(id, 1, "Refused " + prefix)));
        awaitState(id, "EXCEPTION");
        String ledgerId = recordId(id);
        String correction = "{\"reason\":\"name from the signed contract\",\"data\":{\"name\":\"Approved " + prefix
                + "\",\"entity\":\"us\",\"country\":\"US\"}}";

        Api.Answer proposed = api.put(TestTokens.OPERATOR, "/api/v1/exceptions/" + ledgerId + "/payload", correction);

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
        assertThat(proposed.json().path("result").asString()).isEqualTo("awaiting_approval");
        assertThat(state(id)).isEqualTo("EXCEPTION");
        JsonNode listed = StreamSupport.stream(
                        api.get(TestTokens.READER, "/api/v1/exceptions?source=crm")
                                .json()
                                .path("exceptions")
                                .spliterator(),
                        false)
                .filter(e -> e.path("externalId").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(listed.path("correctionAwaitingApproval").path("proposedBy").asString())
                .isEqualTo("token:operator");
        assertThat(listed.path("correctionAwaitingApproval").path("version").asLong())
                .isEqualTo(2);

        Api.Answer bySameOperator =
                api.post(TestTokens.OPERATOR, "/api/v1/exceptions/" + ledgerId + "/payload/approve", null);
        Api.Answer byReader = api.post(TestTokens.READER, "/api/v1/exceptions/" + ledgerId + "/payload/approve", null);

        assertThat(bySameOperator.status()).isEqualTo(403);
        assertThat(bySameOperator.errorCode()).isEqualTo("SAME_OPERATOR");
        assertThat(byReader.status()).isEqualTo(403);
        assertThat(state(id)).isEqualTo("EXCEPTION");

        Api.Answer approved =
                api.post(TestTokens.SECOND_OPERATOR, "/api/v1/exceptions/" + ledgerId + "/payload/approve", null);

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("version").asLong()).isEqualTo(2);
        awaitState(id, "DELIVERED");
        assertThat(partner(id).get("name")).isEqualTo("Approved " + prefix);
        assertThat(partners(prefix)).isEqualTo(1);
        List<JsonNode> audited = StreamSupport.stream(
                        api.get(TestTokens.ADMIN, "/api/v1/audit?limit=1000&action=exception.payload")
                                .json()
                                .path("entries")
                                .spliterator(),
                        false)
                .filter(e -> e.path("subject").asString().equals("crm:customer:" + id))
                .toList();
        assertThat(audited)
                .extracting(
                        e -> e.path("action").asString(), e -> e.path("actor").asString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("exception.payload.proposed", "token:operator"),
                        org.assertj.core.groups.Tuple.tuple("exception.payload.approved", "token:second-operator"));
        assertThat(api.post(TestTokens.SECOND_OPERATOR, "/api/v1/exceptions/" + ledgerId + "/payload/approve", null)
                        .status())
                .as("nothing waits any more")
                .isEqualTo(404);
    }
}
