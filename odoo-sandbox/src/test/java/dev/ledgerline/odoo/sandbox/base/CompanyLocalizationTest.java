package dev.ledgerline.odoo.sandbox.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.sandbox.OdooSandboxTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A company in a country with a chart of accounts of its own: the administrator of a fresh database gets the
 * real server's AccessError, word for word (recorded in {@code recorded/company_localization.json}).
 */
@OdooSandboxTest
class CompanyLocalizationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode recordedError(String note) throws IOException {
        try (InputStream in = CompanyLocalizationTest.class.getResourceAsStream(
                "/dev/ledgerline/odoo/sandbox/recorded/company_localization.json")) {
            for (JsonNode step : JSON.readTree(in).get("steps")) {
                if (step.get("note").asString().equals(note)) {
                    return step.get("response").get("error").get("data");
                }
            }
        }
        throw new IllegalStateException("no recorded step " + note);
    }

    private static JsonNode call(OdooSandbox odoo, String method, List<?> args) throws Exception {
        Map<String, Object> body = Map.of(
                "jsonrpc",
                "2.0",
                "method",
                "call",
                "id",
                1,
                "params",
                Map.of(
                        "service", "object",
                        "method", "execute_kw",
                        "args", List.of(odoo.database(), odoo.adminUid(), "admin", "res.company", method, args)));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(odoo.url() + "/jsonrpc"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static int country(OdooSandbox odoo, String code) {
        return (Integer) odoo.records("res.country", List.of(List.of("code", "=", code)), List.of("id"))
                .getFirst()
                .get("id");
    }

    @Test
    void frenchCompanyIsRefusedWithTheRealServersAccessError(OdooSandbox odoo) throws Exception {
        JsonNode expected = recordedError("a French company: its chart cannot be loaded by the administrator");

        JsonNode answer =
                call(odoo, "create", List.of(Map.of("name", "Firm FR SAS", "country_id", country(odoo, "FR"))));

        JsonNode data = answer.get("error").get("data");
        assertThat(data.get("name").asString()).isEqualTo("odoo.exceptions.AccessError");
        assertThat(data.get("message")).isEqualTo(expected.get("message"));
        assertThat(data.get("arguments")).isEqualTo(expected.get("arguments"));
        assertThat(odoo.count("res.company", List.of(List.of("name", "=", "Firm FR SAS"))))
                .isZero();
        assertThat(odoo.count("res.partner", List.of(List.of("name", "=", "Firm FR SAS"))))
                .as("the company's partner goes with it")
                .isZero();
    }

    @Test
    void settingALocalizedCountryOnACompanyWithoutOneIsRefusedButMovingCountriesIsNot(OdooSandbox odoo)
            throws Exception {
        JsonNode expected = recordedError("giving it a localized country is refused too");
        int bare = call(odoo, "create", List.of(Map.of("name", "No Country Ltd")))
                .get("result")
                .asInt();
        int us = call(odoo, "create", List.of(Map.of("name", "Firm US Inc", "country_id", country(odoo, "US"))))
                .get("result")
                .asInt();

        JsonNode refused = call(odoo, "write", List.of(List.of(bare), Map.of("country_id", country(odoo, "FR"))));
        JsonNode moved = call(odoo, "write", List.of(List.of(us), Map.of("country_id", country(odoo, "FR"))));

        assertThat(refused.get("error").get("data").get("message")).isEqualTo(expected.get("message"));
        assertThat(moved.get("result").asBoolean()).isTrue();
        assertThat(odoo.records("res.company", List.of(List.of("id", "=", bare)), List.of("country_id"))
                        .getFirst()
                        .get("country_id"))
                .isEqualTo(false);
    }
}
