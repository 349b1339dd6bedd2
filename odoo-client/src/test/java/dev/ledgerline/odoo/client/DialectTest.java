package dev.ledgerline.odoo.client;

import static dev.ledgerline.odoo.client.StubOdoo.json;
import static dev.ledgerline.odoo.client.StubOdoo.rpcResult;
import static dev.ledgerline.odoo.client.StubOdoo.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Names that differ between Odoo versions are answered for the connected server. */
class DialectTest {

    private static JsonNode models18;

    @BeforeAll
    static void loadModels() throws IOException {
        models18 = OdooJson.parse(Files.readAllBytes(Transcripts.models())).path("models");
    }

    private static OdooClient client(StubOdoo stub) {
        return OdooClient.builder()
                .url(stub.url())
                .database("firm")
                .login("integration")
                .password("s3cret-pass")
                .build();
    }

    private static StubOdoo.Answer projectSchema17(StubOdoo.Request request) {
        return rpcResult(
                request,
                json("{\"name\": {\"type\": \"char\", \"string\": \"Name\", \"required\": true},"
                        + " \"analytic_account_id\": {\"type\": \"many2one\", \"string\": \"Analytic Account\","
                        + " \"relation\": \"account.analytic.account\", \"store\": true}}"));
    }

    @Test
    void projectAnalyticAccountIsDiscoveredOnOdoo17() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(17, 2)
                .rpc("object.execute_kw:project.project.fields_get", DialectTest::projectSchema17);

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub)) {
            OdooDialect dialect = client.dialect();

            assertThat(dialect.projectAnalyticAccountField()).isEqualTo("analytic_account_id");
            assertThat(dialect.hasNameGet()).isFalse();
            assertThat(dialect.readGroupMethod()).isEqualTo("read_group");
            assertThat(stub.requests().get(2).rpcKwargs())
                    .isEqualTo(json("{\"attributes\": [\"type\", \"string\", \"required\", \"readonly\","
                            + " \"relation\", \"selection\", \"store\"]}"));
        }
        assertThat(script.failures()).isEmpty();
    }

    @Test
    void projectAnalyticAccountAndRenamedFieldsAreDiscoveredOnOdoo18AndTheSchemaIsAskedOnce() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc(
                        "object.execute_kw:project.project.fields_get",
                        request -> rpcResult(request, models18.path("project.project")))
                .rpc(
                        "object.execute_kw:res.users.fields_get",
                        request -> rpcResult(request, models18.path("res.users")))
                .rpc(
                        "object.execute_kw:project.project.fields_get",
                        request -> rpcResult(request, models18.path("project.project")));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub)) {
            OdooDialect dialect = client.dialect();

            assertThat(dialect.projectAnalyticAccountField()).isEqualTo("account_id");
            assertThat(dialect.projectAnalyticAccountField()).isEqualTo("account_id");
            assertThat(client.model("project.project")
                            .fieldsGet()
                            .field("account_id")
                            .map(FieldInfo::type))
                    .hasValue(FieldType.MANY2ONE);
            assertThat(dialect.firstExistingField("res.users", "group_ids", "groups_id"))
                    .hasValue("groups_id");
            assertThat(dialect.firstExistingField("res.users", "no_such_field")).isEmpty();
            client.clearSchemaCache();
            assertThat(client.model("project.project").fieldsGet().has("account_id"))
                    .isTrue();
        }
        assertThat(script.failures()).isEmpty();
        assertThat(script.remaining()).isZero();
    }

    @Test
    void displayNamesComeFromNameGetOnOdoo16() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(16, 2)
                .rpc(
                        "object.execute_kw:res.partner.name_get",
                        request -> rpcResult(
                                request,
                                json(
                                        "[[7, \"Acme Consulting Client\"], [10, \"Acme Consulting Client, Jane Buyer\"]]")));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub)) {
            Map<Long, String> names = client.model("res.partner").displayNames(List.of(7L, 10L));

            assertThat(names)
                    .containsExactly(
                            Map.entry(7L, "Acme Consulting Client"),
                            Map.entry(10L, "Acme Consulting Client, Jane Buyer"));
            assertThat(stub.requests().get(2).rpcArgs()).isEqualTo(json("[[7, 10]]"));
        }
        assertThat(script.failures()).isEmpty();
    }

    @Test
    void displayNamesAreReadFromDisplayNameFromOdoo17() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc(
                        "object.execute_kw:res.partner.read",
                        request -> rpcResult(
                                request, json("[{\"id\": 7, \"display_name\": \"Acme Consulting Client\"}]")));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub)) {
            Map<Long, String> names = client.model("res.partner").displayNames(List.of(7L));

            assertThat(names).containsExactly(Map.entry(7L, "Acme Consulting Client"));
            assertThat(stub.requests().get(2).rpcKwargs()).isEqualTo(json("{\"fields\": [\"display_name\"]}"));
        }
        assertThat(script.failures()).isEmpty();
    }

    @Test
    void groupingGivesTheSameRowsFromFormattedReadGroupOnOdoo19() {
        StubOdoo.Script script = new StubOdoo.Script()
                .rpc("common.version", request -> rpcResult(request, version(19)))
                .json2("res.users", "context_get", request -> new StubOdoo.Answer.Json(200, "{\"uid\": 2}"))
                .json2(
                        "account.analytic.line",
                        "formatted_read_group",
                        request -> new StubOdoo.Answer.Json(
                                200,
                                "[{\"employee_id\": [2, \"Ana Analyst\"], \"unit_amount:sum\": 8.0, \"amount:sum\": -440.0,"
                                        + " \"__count\": 1, \"__extra_domain\": [[\"employee_id\", \"=\", 2]]},"
                                        + " {\"employee_id\": [3, \"Sam Senior\"], \"unit_amount:sum\": 4.0,"
                                        + " \"amount:sum\": -360.0, \"__count\": 1,"
                                        + " \"__extra_domain\": [[\"employee_id\", \"=\", 3]]}]"));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = OdooClient.builder()
                        .url(stub.url())
                        .database("firm")
                        .login("integration")
                        .apiKey("0123456789abcdef")
                        .build()) {
            List<GroupRow> rows = client.model("account.analytic.line")
                    .readGroup(
                            Domain.eq("project_id", 2),
                            List.of("employee_id"),
                            List.of("unit_amount:sum", "amount:sum"));

            assertThat(client.dialect().readGroupMethod()).isEqualTo("formatted_read_group");
            assertThat(rows).hasSize(2);
            assertThat(rows.getFirst().many2one("employee_id")).hasValue(new Many2one(2, "Ana Analyst"));
            assertThat(rows.getFirst().count()).isEqualTo(1);
            assertThat(rows.getFirst().aggregate("unit_amount:sum")).isEqualByComparingTo("8");
            assertThat(rows.getFirst().aggregate("amount:sum")).isEqualByComparingTo("-440");
            assertThat(rows.get(1).aggregate("amount:sum")).isEqualByComparingTo("-360");
            assertThat(stub.requests().get(2).json())
                    .isEqualTo(json("{\"domain\": [[\"project_id\", \"=\", 2]], \"groupby\": [\"employee_id\"],"
                            + " \"aggregates\": [\"unit_amount:sum\", \"amount:sum\", \"__count\"]}"));
        }
        assertThat(script.failures()).isEmpty();
    }
}
