package dev.ledgerline.odoo.client;

import static dev.ledgerline.odoo.client.StubOdoo.rpcResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays each recorded conversation through the client's API against a stub that answers as Odoo did:
 * every request the client sends must equal the recorded one (numbers by value, search arguments at
 * their defaults equal to absent), and every answer must come back as the recorded result or the
 * expected typed error.
 */
class TranscriptReplayTest {

    private static final JsonNode VERSION_18 =
            Transcripts.steps("01_handshake").getFirst().response().path("result");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "02_master_data",
                "03_projects_timesheets",
                "04_invoices_payments",
                "05_access_rights",
                "06_multi_company",
                "07_sale_order_project"
            })
    void everyStepGoesThroughTheClientExactlyAsRecorded(String transcript) {
        List<Transcripts.Step> steps = Transcripts.steps(transcript);
        StubOdoo.Script script = new StubOdoo.Script();
        script.rpc("common.version", request -> rpcResult(request, VERSION_18));
        script.rpc("common.authenticate", request -> rpcResult(request, OdooJson.NODES.numberNode(2)));
        for (Transcripts.Step step : steps) {
            if (step.method().equals("common.authenticate")) {
                script.rpc("common.version", request -> rpcResult(request, VERSION_18));
            }
            script.expect(
                    step.toString(), request -> sameRequest(request, step), request -> recordedAnswer(request, step));
        }

        Map<String, OdooClient> clients = new HashMap<>();
        try (StubOdoo stub = StubOdoo.start(script)) {
            OdooClient admin = client(stub, "admin", "admin");
            assertThat(admin.connect().major()).isEqualTo(18);
            clients.put("2|admin", admin);
            for (Transcripts.Step step : steps) {
                replay(step, stub, clients);
            }
        } finally {
            clients.values().forEach(OdooClient::close);
        }

        assertThat(script.failures()).isEmpty();
        assertThat(script.remaining()).isZero();
    }

    private static OdooClient client(StubOdoo stub, String login, String password) {
        return OdooClient.builder()
                .url(stub.url())
                .database("ps18")
                .login(login)
                .password(password)
                .build();
    }

    private static void replay(Transcripts.Step step, StubOdoo stub, Map<String, OdooClient> clients) {
        JsonNode args = step.params().path("args");
        if (step.method().equals("common.authenticate")) {
            OdooClient client = client(stub, args.get(1).asString(), args.get(2).asString());
            client.connect();
            assertThat(client.uid()).hasValue(step.response().path("result").asLong());
            clients.put(
                    step.response().path("result").asLong() + "|" + args.get(2).asString(), client);
            return;
        }
        OdooClient client = clients.get(args.get(1).asLong() + "|" + args.get(2).asString());
        assertThat(client).as("a client for " + step).isNotNull();
        String method = step.method();
        JsonNode positional = args.get(5);
        ObjectNode kwargs = args.path(6).isObject() ? (ObjectNode) args.get(6).deepCopy() : OdooJson.NODES.objectNode();
        OdooModel model = client.model(step.model());
        if (kwargs.has("context")) {
            model = model.withContext(OdooContext.of(toMap(kwargs.remove("context"))));
        }
        OdooModel handle = model;
        Supplier<Object> call = switch (method) {
            case "create" ->
                positional.get(0).isObject()
                        ? () -> handle.create(toMap(positional.get(0)))
                        : () -> handle.createAll(toMapList(positional.get(0)));
            case "write" ->
                () -> {
                    handle.write(ids(positional.get(0)), toMap(positional.get(1)));
                    return null;
                };
            case "unlink" ->
                () -> {
                    handle.unlink(ids(positional.get(0)));
                    return null;
                };
            case "read" -> () -> handle.read(ids(positional.get(0)), strings(kwargs.path("fields")));
            case "search" -> () -> handle.search(Domain.of(positional.get(0)), page(kwargs));
            case "search_read" ->
                () -> handle.searchRead(Domain.of(positional.get(0)), strings(kwargs.path("fields")), page(kwargs));
            case "search_count" -> () -> handle.searchCount(Domain.of(positional.get(0)));
            case "read_group" ->
                () -> handle.readGroup(
                        Domain.of(positional.get(0)), strings(positional.get(2)), strings(positional.get(1)));
            case "check_object_reference" ->
                () -> handle.call(method, Map.of("module", positional.get(0), "xml_id", positional.get(1)));
            default ->
                positional.size() > 0
                        ? () -> handle.call(method, ids(positional.get(0)), toMap(kwargs))
                        : () -> handle.call(method, toMap(kwargs));
        };

        if (step.isError()) {
            JsonNode data = step.response().path("error").path("data");
            OdooException error = catchThrowableOfType(OdooException.class, call::get);
            assertThat(error).as(step.toString()).isExactlyInstanceOf(TranscriptExpectations.ERRORS.get(step.key()));
            assertThat(error.errorName()).isEqualTo(data.path("name").asString());
            assertThat(error.odooMessage()).isEqualTo(data.path("message").asString());
            assertThat(error.model()).isEqualTo(step.model());
            assertThat(error.method()).isEqualTo(method);
            return;
        }
        Object result = call.get();
        assertResult(step, result);
    }

    private static void assertResult(Transcripts.Step step, Object result) {
        JsonNode recorded = step.response().has("result") ? step.response().get("result") : OdooJson.NODES.nullNode();
        switch (step.method()) {
            case "create" -> {
                if (recorded.isArray()) {
                    assertThat(result).as(step.toString()).isEqualTo(ids(recorded));
                } else {
                    assertThat(result).as(step.toString()).isEqualTo(recorded.asLong());
                }
            }
            case "write", "unlink" ->
                assertThat(recorded.asBoolean()).as(step.toString()).isTrue();
            case "read", "search_read" -> {
                List<JsonNode> records = new ArrayList<>();
                ((List<?>) result).forEach(record -> records.add(((OdooRecord) record).json()));
                assertThat(JsonEquivalence.same(OdooJson.encode(records), recorded))
                        .as(step.toString())
                        .isTrue();
            }
            case "search" -> assertThat(result).as(step.toString()).isEqualTo(ids(recorded));
            case "search_count" -> assertThat(result).as(step.toString()).isEqualTo(recorded.asLong());
            case "read_group" -> {
                List<?> rows = (List<?>) result;
                assertThat(rows).hasSize(recorded.size());
                for (int i = 0; i < rows.size(); i++) {
                    GroupRow row = (GroupRow) rows.get(i);
                    JsonNode expected = recorded.get(i);
                    assertThat(row.count()).isEqualTo(expected.path("__count").asLong());
                    assertThat(row.many2one("employee_id")).isEqualTo(Many2one.from(expected.path("employee_id")));
                    assertThat(row.aggregate("unit_amount:sum"))
                            .isEqualByComparingTo(expected.path("unit_amount").decimalValue());
                    assertThat(row.aggregate("amount:sum"))
                            .isEqualByComparingTo(expected.path("amount").decimalValue());
                }
            }
            default ->
                assertThat(JsonEquivalence.same((JsonNode) result, recorded))
                        .as(step.toString())
                        .isTrue();
        }
    }

    /** The request equals the recorded one: same service call, same arguments and keyword arguments. */
    private static boolean sameRequest(StubOdoo.Request request, Transcripts.Step step) {
        if (!request.path().equals("/jsonrpc")) {
            return false;
        }
        JsonNode received = request.json().path("params");
        JsonNode recorded = step.params();
        if (!received.path("service").equals(recorded.path("service"))
                || !received.path("method").equals(recorded.path("method"))) {
            return false;
        }
        JsonNode got = received.path("args");
        JsonNode want = recorded.path("args");
        if (!step.isExecuteKw()) {
            return JsonEquivalence.same(got, want);
        }
        for (int i = 0; i < 5; i++) {
            if (!got.path(i).equals(want.path(i))) {
                return false;
            }
        }
        return JsonEquivalence.same(got.path(5), want.path(5))
                && JsonEquivalence.same(
                        JsonEquivalence.withoutDefaults(got.path(6)), JsonEquivalence.withoutDefaults(want.path(6)))
                && got.size() <= 7;
    }

    private static StubOdoo.Answer recordedAnswer(StubOdoo.Request request, Transcripts.Step step) {
        ObjectNode body = (ObjectNode) step.response().deepCopy();
        body.set("id", request.json().path("id"));
        return new StubOdoo.Answer.Json(200, body.toString());
    }

    private static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    private static List<Map<String, Object>> toMapList(JsonNode array) {
        List<Map<String, Object>> list = new ArrayList<>();
        array.forEach(object -> list.add(toMap(object)));
        return list;
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asString()));
        return strings;
    }

    private static Page page(JsonNode kwargs) {
        Page page =
                new Page(kwargs.path("offset").asInt(0), kwargs.path("limit").asInt(0), null);
        return kwargs.path("order").isString()
                ? page.orderBy(kwargs.get("order").asString())
                : page;
    }
}
