package dev.ledgerline.hub.operations;

import static dev.ledgerline.hub.testing.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.dispatch.DeliveryScenario;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Customers;
import dev.ledgerline.hub.testing.Envelopes;
import dev.ledgerline.hub.testing.RefusingCustomers;
import dev.ledgerline.hub.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The operator API over HTTP against the whole hub delivering to the sandbox. */
@Import(RefusingCustomers.class)
class ExceptionsApiIT extends DeliveryScenario {

    private Api api() {
        return new Api(port);
    }

    @AfterEach
    void fixEverything() {
        RefusingCustomers.NAMES.clear();
    }

    /** Posts a customer whose partner Odoo refuses and waits until it is an exception. */
    private String refusedCustomer(String prefix, String name) {
        String id = prefix + "-R";
        RefusingCustomers.NAMES.add(name);
        post(List.of(customer(id, 1, name)));
        awaitState(id, "EXCEPTION");
        return id;
    }

    private void awaitState(String externalId, String state) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> state.equals(state(externalId)));
    }

    private String state(String externalId) {
        return sql.sql("SELECT state FROM ledger_record WHERE source = 'crm' AND record_type = 'customer'"
                        + " AND external_id = :e")
                .param("e", externalId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private JsonNode exception(String token, String query, String externalId) {
        Api.Answer answer = api().get(token, "/api/v1/exceptions?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return StreamSupport.stream(answer.json().path("exceptions").spliterator(), false)
                .filter(e -> e.path("externalId").asString().equals(externalId))
                .findFirst()
                .orElse(null);
    }

    private List<JsonNode> audit(String action, String subject) {
        Api.Answer answer = api().get(TestTokens.ADMIN, "/api/v1/audit?limit=1000&action=" + action);
        return StreamSupport.stream(answer.json().path("entries").spliterator(), false)
                .filter(e -> subject == null || e.path("subject").asString().equals(subject))
                .toList();
    }

    private static String reason(String text) {
        return "{\"reason\":\"" + text + "\"}";
    }

    @Test
    void anOpenExceptionShowsItsCauseAttemptsOdoosErrorAndPayloadToReadersButNotToSources() {
        String prefix = prefix("EXL");
        String id = refusedCustomer(prefix, "Refused " + prefix);

        JsonNode e = exception(TestTokens.READER, "type=customer&category=DATA&source=crm", id);

        assertThat(e).as("the exception is listed").isNotNull();
        assertThat(e.path("category").asString()).isEqualTo("DATA");
        assertThat(e.path("cause").asString()).isEqualTo("data refused");
        assertThat(e.path("stoppedBy").asString()).startsWith("dispatcher:");
        assertThat(e.path("attempts").asInt()).isEqualTo(1);
        assertThat(e.path("version").asLong()).isEqualTo(1);
        assertThat(e.path("lastError").path("name").asString()).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(e.path("lastError").path("message").asString()).contains("Contacts require a name");
        assertThat(e.path("payload").asString()).isEqualTo("/api/v1/records/crm/customer/" + id);
        JsonNode record =
                api().get(TestTokens.READER, e.path("payload").asString()).json();
        assertThat(record.path("data").path("name").asString()).isEqualTo("Refused " + prefix);
        assertThat(exception(TestTokens.OPERATOR, "category=TRANSIENT_EXHAUSTED", id))
                .isNull();
        assertThat(exception(TestTokens.READER, "type=project", id)).isNull();
        assertThat(exception(TestTokens.READER, "since=" + Instant.now().plusSeconds(3600), id))
                .isNull();
        assertThat(api().get(TestTokens.PSA, "/api/v1/exceptions").status()).isEqualTo(403);
        assertThat(api().get(null, "/api/v1/exceptions").status()).isEqualTo(401);
        Api.Answer bad = api().get(TestTokens.READER, "/api/v1/exceptions?category=BROKEN");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("INVALID_VALUE");
    }

    @Test
    void aReplayAfterTheCauseIsFixedDeliversOnceIsAuditedAndAReplayOfTheDeliveredRecordChangesNothing() {
        String prefix = prefix("EXR");
        String id = refusedCustomer(prefix, "Refused " + prefix);
        String ledgerId = recordId(id);
        String path = "/api/v1/exceptions/" + ledgerId + "/replay";

        assertThat(api().post(TestTokens.READER, path, reason("try")).status()).isEqualTo(403);
        Api.Answer noReason = api().post(TestTokens.OPERATOR, path, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorCode()).isEqualTo("MISSING_FIELD");
        assertThat(state(id)).isEqualTo("EXCEPTION");

        RefusingCustomers.NAMES.clear();
        Api.Answer replayed = api().post(TestTokens.OPERATOR, path, reason("mapping fixed"));

        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.json().path("result").asString()).isEqualTo("replayed");
        awaitState(id, "DELIVERED");
        assertThat(partners(prefix)).isEqualTo(1);
        Api.Answer again = api().post(TestTokens.OPERATOR, path, reason("once more"));
        assertThat(again.json().path("result").asString()).isEqualTo("already_delivered");
        assertThat(partners(prefix)).isEqualTo(1);
        List<JsonNode> audited =
                audit("exception.replayed", Customers.reference(id).substring(3));
        assertThat(audited).hasSize(2);
        assertThat(audited.getFirst().path("actor").asString()).isEqualTo("token:operator");
        assertThat(audited.getFirst().path("details").path("reason").asString()).isEqualTo("mapping fixed");
        assertThat(audited.getFirst().path("details").path("result").asString()).isEqualTo("replayed");
        JsonNode history = api().get(TestTokens.READER, "/api/v1/records/crm/customer/" + id)
                .json()
                .path("history");
        assertThat(StreamSupport.stream(history.spliterator(), false)
                        .filter(s -> s.path("event").asString().equals("REPLAY")))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.path("actor").asString()).isEqualTo("operator:operator");
                    assertThat(s.path("reason").asString()).isEqualTo("mapping fixed");
                });
    }

    @Test
    void aReplayByFilterSendsEveryMatchingExceptionAndNamesThemInTheAudit() {
        String prefix = prefix("EXF");
        Instant before = Instant.now().minusSeconds(1);
        List<String> ids = List.of(prefix + "-0", prefix + "-1", prefix + "-2");
        ids.forEach(i -> RefusingCustomers.NAMES.add("Refused " + i));
        post(ids.stream().map(i -> customer(i, 1, "Refused " + i)).toList());
        ids.forEach(i -> awaitState(i, "EXCEPTION"));
        RefusingCustomers.NAMES.clear();

        Api.Answer answer = api().post(
                        TestTokens.OPERATOR,
                        "/api/v1/exceptions/replay",
                        "{\"source\":\"crm\",\"type\":\"customer\",\"category\":\"DATA\",\"since\":\"" + before
                                + "\",\"reason\":\"partner names fixed\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("replayed").asInt()).isGreaterThanOrEqualTo(3);
        awaitDelivered(prefix, 3, Duration.ofSeconds(30));
        assertThat(partners(prefix)).isEqualTo(3);
        assertThat(audit("exception.replayed", null))
                .anySatisfy(e -> assertThat(e.path("details").path("records").toString())
                        .contains("crm:customer:" + ids.get(0), "crm:customer:" + ids.get(2)));
        assertThat(api().post(TestTokens.OPERATOR, "/api/v1/exceptions/replay", "{\"category\":\"DATA\"}")
                        .status())
                .as("no reason")
                .isEqualTo(400);
        assertThat(api().post(TestTokens.READER, "/api/v1/exceptions/replay", reason("all"))
                        .status())
                .isEqualTo(403);
        assertThat(api().post(TestTokens.PSA, "/api/v1/exceptions/replay", reason("all"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aDiscardNeedsAReasonStopsTheRecordAndIsAudited() {
        String prefix = prefix("EXD");
        String id = refusedCustomer(prefix, "Refused " + prefix);
        String path = "/api/v1/exceptions/" + recordId(id) + "/discard";

        Api.Answer asReader = api().post(TestTokens.READER, path, reason("not mine to do"));
        Api.Answer asAdmin = api().post(TestTokens.ADMIN, path, reason("not mine either"));
        Api.Answer noReason = api().post(TestTokens.OPERATOR, path, null);
        Api.Answer discarded = api().post(TestTokens.OPERATOR, path, reason("customer closed in the CRM"));

        assertThat(asReader.status()).isEqualTo(403);
        assertThat(asAdmin.status()).as("discarding is an operator's action").isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorCode()).isEqualTo("MISSING_FIELD");
        assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("DISCARDED");
        assertThat(exception(TestTokens.READER, "source=crm", id)).isNull();
        assertThat(audit("exception.discarded", "crm:customer:" + id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path("details").path("reason").asString()).isEqualTo("customer closed in the CRM");
                    assertThat(e.path("details").path("from").asString()).isEqualTo("EXCEPTION");
                });
        Api.Answer again = api().post(TestTokens.OPERATOR, path, reason("twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("INVALID_STATE");
        assertThat(api().post(TestTokens.OPERATOR, "/api/v1/exceptions/not-a-record/discard", reason("x"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCorrectedPayloadIsValidatedLikeIngestThenBecomesTheNextVersionAndIsDelivered() {
        String prefix = prefix("EXP");
        String id = refusedCustomer(prefix, "Refused " + prefix);
        String path = "/api/v1/exceptions/" + recordId(id) + "/payload";

        Api.Answer invalid = api().put(
                        TestTokens.OPERATOR,
                        path,
                        "{\"reason\":\"name fixed\",\"data\":{\"entity\":\"us\",\"country\":\"US\"}}");
        Api.Answer asReader = api().put(
                        TestTokens.READER, path, "{\"reason\":\"x\",\"data\":{\"name\":\"Fixed\",\"entity\":\"us\"}}");

        assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.errorCode()).isEqualTo("MISSING_FIELD");
        assertThat(invalid.json()
                        .path("error")
                        .path("details")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("data.name");
        assertThat(asReader.status()).isEqualTo(403);
        assertThat(state(id)).isEqualTo("EXCEPTION");

        Api.Answer corrected = api().put(
                        TestTokens.OPERATOR,
                        path,
                        "{\"reason\":\"name fixed\",\"data\":{\"name\":\"Fixed " + prefix
                                + "\",\"entity\":\"us\",\"country\":\"US\"}}");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("result").asString()).isEqualTo("corrected");
        assertThat(corrected.json().path("version").asLong()).isEqualTo(2);
        awaitState(id, "DELIVERED");
        assertThat(partners(prefix)).isEqualTo(1);
        assertThat(partner(id).get("name")).isEqualTo("Fixed " + prefix);
        JsonNode record = api().get(TestTokens.READER, "/api/v1/records/crm/customer/" + id)
                .json();
        assertThat(record.path("version").asLong()).isEqualTo(2);
        assertThat(record.path("versions")).hasSize(2);
        assertThat(audit("exception.payload.corrected", "crm:customer:" + id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path("actor").asString()).isEqualTo("token:operator");
                    assertThat(e.path("details").path("version").asLong()).isEqualTo(2);
                    assertThat(e.path("details").path("reason").asString()).isEqualTo("name fixed");
                });
        Api.Answer onDelivered = api().put(
                        TestTokens.OPERATOR,
                        path,
                        "{\"reason\":\"again\",\"data\":{\"name\":\"X\",\"entity\":\"us\"}}");
        assertThat(onDelivered.status()).isEqualTo(409);
    }

    @Test
    void aRecordShowsItsOdooBindingWithTheReferenceAndALinkToTheForm() {
        String prefix = prefix("EXB");
        String id = prefix + "-0";
        post(List.of(customer(id, 1, "Bound " + prefix)));
        awaitDelivered(prefix, 1, Duration.ofSeconds(30));

        JsonNode record = api().get(TestTokens.READER, "/api/v1/records/crm/customer/" + id)
                .json();

        Object partnerId = partner(id).get("id");
        assertThat(record.path("keptInHub").asBoolean()).isFalse();
        assertThat(record.path("bindings")).hasSize(1);
        JsonNode binding = record.path("bindings").get(0);
        assertThat(binding.path("target").asString()).isEqualTo("default");
        assertThat(binding.path("odooModel").asString()).isEqualTo("res.partner");
        assertThat(binding.path("odooId").asLong()).isEqualTo(((Number) partnerId).longValue());
        assertThat(binding.path("reference").asString()).isEqualTo(Customers.reference(id));
        assertThat(binding.path("url").asString())
                .isEqualTo(
                        odoo.url().replaceAll("/$", "") + "/web#model=res.partner&id=" + partnerId + "&view_type=form");
    }

    @Test
    void aContractIsKeptInTheHubInsteadOfWaitingForAFlow() {
        String prefix = prefix("EXK");
        String customerId = prefix + "-C";
        post(List.of(
                customer(customerId, 1, "Client " + prefix),
                Envelopes.envelope("crm", "contract", prefix + "-K", 1, """
                        {"customer":"%s","entity":"us","currency":"USD","billingModel":"time_and_materials",
                         "startDate":"2026-01-01","rateCard":{"consultant":150}}""".formatted(customerId))));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "DELIVERED"
                        .equals(api().get(TestTokens.READER, "/api/v1/records/crm/contract/" + prefix + "-K")
                                .json()
                                .path("state")
                                .asString()));

        JsonNode contract = api().get(TestTokens.READER, "/api/v1/records/crm/contract/" + prefix + "-K")
                .json();
        assertThat(contract.path("keptInHub").asBoolean()).isTrue();
        assertThat(contract.path("bindings")).isEmpty();
        JsonNode last = contract.path("history").get(contract.path("history").size() - 1);
        assertThat(last.path("event").asString()).isEqualTo("DELIVER");
        assertThat(last.path("reason").asString()).isEqualTo("kept in the hub: no Odoo flow for contract");
        assertThat(odoo.count("res.partner", List.of(List.of("ref", "=like", "ll:crm:contract:%"))))
                .isZero();
    }

    @Test
    void bindingsAreRebuiltByAnAdministratorOnlyAndTheRebuildIsAudited() {
        String prefix = prefix("EXA");
        post(Customers.many(prefix, 3));
        awaitDelivered(prefix, 3, Duration.ofSeconds(30));
        String path = "/api/v1/admin/bindings/rebuild";

        Api.Answer asOperator = api().post(TestTokens.OPERATOR, path, reason("lost bindings"));
        Api.Answer noReason = api().post(TestTokens.ADMIN, path, "{}");
        Api.Answer rebuilt = api().post(TestTokens.ADMIN, path, "{\"target\":\"default\",\"reason\":\"restore\"}");

        assertThat(asOperator.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        JsonNode result = rebuilt.json().path("targets").get(0);
        assertThat(result.path("target").asString()).isEqualTo("default");
        assertThat(result.path("bound").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(result.path("found").asInt())
                .isEqualTo(result.path("bound").asInt() + result.path("unknown").asInt());
        assertThat(audit("bindings.rebuilt", "default")).anySatisfy(e -> {
            assertThat(e.path("actor").asString()).isEqualTo("token:admin");
            assertThat(e.path("details").path("reason").asString()).isEqualTo("restore");
            assertThat(e.path("details").path("bound").asInt())
                    .isEqualTo(result.path("bound").asInt());
        });
        assertThat(api().post(TestTokens.ADMIN, path, "{\"target\":\"nowhere\",\"reason\":\"x\"}")
                        .status())
                .isEqualTo(404);
        Map<String, Long> states = states(prefix);
        assertThat(states).containsOnlyKeys("DELIVERED");
    }
}
