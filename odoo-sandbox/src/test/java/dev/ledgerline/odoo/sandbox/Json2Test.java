package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** JSON-2 ({@code POST /json/2/<model>/<method>}) as Odoo 19 serves it: bearer keys, raw results, statuses. */
@OdooSandboxTest(version = 19)
class Json2Test {
    private static final List<String> ERROR_KEYS = List.of("arguments", "context", "debug", "message", "name");

    @Test
    void createAnswers200WithTheRawListOfIdsAndReadGivesTheRecordBack(OdooSandbox odoo) {
        HttpResponse<String> created = json2(
                odoo, odoo.adminApiKey(), "res.partner/create", "{\"vals_list\":[{\"name\":\"Acme Consulting\"}]}");

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode ids = JsonRpcCalls.JSON.readTree(created.body());
        assertThat(ids.isArray()).isTrue();
        assertThat(ids).hasSize(1);
        int id = ids.get(0).asInt();

        HttpResponse<String> read = json2(
                odoo,
                odoo.adminApiKey(),
                "res.partner/read",
                "{\"ids\":[" + id + "],\"fields\":[\"name\",\"is_company\"]}");
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode record = JsonRpcCalls.JSON.readTree(read.body()).get(0);
        assertThat(record.get("id").asInt()).isEqualTo(id);
        assertThat(record.get("name").asString()).isEqualTo("Acme Consulting");
        assertThat(record.get("is_company").asBoolean()).isFalse();
    }

    @Test
    void unknownApiKeyIs401AccessDeniedAndChangesNothing(OdooSandbox odoo) {
        int before = odoo.count("res.partner", List.of());

        HttpResponse<String> answer =
                json2(odoo, "not-a-key", "res.partner/create", "{\"vals_list\":[{\"name\":\"Intruder\"}]}");

        assertThat(answer.statusCode()).isEqualTo(401);
        JsonNode error = JsonRpcCalls.JSON.readTree(answer.body());
        assertThat(keys(error)).isEqualTo(ERROR_KEYS);
        assertThat(error.get("name").asString()).isEqualTo("odoo.exceptions.AccessDenied");
        assertThat(odoo.count("res.partner", List.of())).isEqualTo(before);
    }

    @Test
    void writingAMissingRecordIs404MissingError(OdooSandbox odoo) {
        HttpResponse<String> answer = json2(
                odoo, odoo.adminApiKey(), "res.partner/write", "{\"ids\":[999999],\"vals\":{\"name\":\"Ghost\"}}");

        assertThat(answer.statusCode()).isEqualTo(404);
        JsonNode error = JsonRpcCalls.JSON.readTree(answer.body());
        assertThat(keys(error)).isEqualTo(ERROR_KEYS);
        assertThat(error.get("name").asString()).isEqualTo("odoo.exceptions.MissingError");
        assertThat(error.get("message").asString()).contains("res.partner(999999,)");
    }

    @Test
    void aBusinessRuleRefusalIs422WithOdoosErrorBody(OdooSandbox odoo) {
        int before = odoo.count("res.partner", List.of());

        HttpResponse<String> answer = json2(odoo, odoo.adminApiKey(), "res.partner/create", "{\"vals_list\":[{}]}");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error = JsonRpcCalls.JSON.readTree(answer.body());
        assertThat(keys(error)).isEqualTo(ERROR_KEYS);
        assertThat(error.get("name").asString()).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(error.get("message").asString())
                .isEqualTo("The operation cannot be completed: Contacts require a name");
        assertThat(error.get("arguments").get(0).asString())
                .isEqualTo(error.get("message").asString());
        assertThat(odoo.count("res.partner", List.of())).isEqualTo(before);
    }

    @Test
    void contextGetAnswersTheCallersLanguageTimeZoneAndUid(OdooSandbox odoo) {
        HttpResponse<String> answer = json2(odoo, odoo.adminApiKey(), "res.users/context_get", "{}");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode context = JsonRpcCalls.JSON.readTree(answer.body());
        assertThat(keys(context)).containsExactly("lang", "tz", "uid");
        assertThat(context.get("lang").asString()).isEqualTo("en_US");
        assertThat(context.get("tz").isBoolean()).isTrue();
        assertThat(context.get("uid").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownMethodIs404NotFoundNamingTheModelAndMethod(OdooSandbox odoo) {
        HttpResponse<String> answer = json2(odoo, odoo.adminApiKey(), "res.partner/frobnicate", "{}");

        assertThat(answer.statusCode()).isEqualTo(404);
        JsonNode error = JsonRpcCalls.JSON.readTree(answer.body());
        assertThat(keys(error)).isEqualTo(ERROR_KEYS);
        assertThat(error.get("name").asString()).isEqualTo("werkzeug.exceptions.NotFound");
        assertThat(error.get("message").asString()).isEqualTo("The method 'res.partner.frobnicate' does not exist");
        assertThat(error.get("arguments").get(1).asInt()).isEqualTo(404);
    }

    @Test
    void anUnknownModelIs404AndAPrivateMethod403(OdooSandbox odoo) {
        HttpResponse<String> model = json2(odoo, odoo.adminApiKey(), "no.such.model/search", "{\"domain\":[]}");
        HttpResponse<String> hidden = json2(odoo, odoo.adminApiKey(), "res.partner/_compute_display_name", "{}");

        assertThat(model.statusCode()).isEqualTo(404);
        assertThat(JsonRpcCalls.JSON.readTree(model.body()).get("message").asString())
                .isEqualTo("the model 'no.such.model' does not exist");
        assertThat(hidden.statusCode()).isEqualTo(403);
        JsonNode error = JsonRpcCalls.JSON.readTree(hidden.body());
        assertThat(error.get("name").asString()).isEqualTo("odoo.exceptions.AccessError");
        assertThat(error.get("message").asString())
                .isEqualTo("Private methods (such as 'res.partner._compute_display_name') cannot be called remotely.");
    }

    @Test
    void jsonRpcStillAnswersInVersion19WithErrorCodeZero(OdooSandbox odoo) {
        JsonNode answer = new JsonRpcCalls(odoo)
                .executeKw("res.partner", "write", List.of(List.of(999999), Map.of("name", "Ghost")), Map.of());

        assertThat(answer.get("error").get("code").asInt()).isZero();
        assertThat(answer.get("error").get("data").get("name").asString()).isEqualTo("odoo.exceptions.MissingError");
    }

    private static HttpResponse<String> json2(OdooSandbox odoo, String key, String path, String body) {
        return new JsonRpcCalls(odoo)
                .post(
                        "/json/2/" + path,
                        body,
                        Map.of("Authorization", "bearer " + key, "X-Odoo-Database", odoo.database()));
    }

    private static List<String> keys(JsonNode node) {
        return node.propertyNames().stream().sorted().toList();
    }
}
