package dev.ledgerline.odoo.client;

import static dev.ledgerline.odoo.client.StubOdoo.json;
import static dev.ledgerline.odoo.client.StubOdoo.rpcResult;
import static dev.ledgerline.odoo.client.StubOdoo.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Version detection, protocol choice and authentication, including every step of 01_handshake. */
class ConnectionTest {

    private static final String API_KEY = "1c2c40ebb93f06f56f73b82314d9b05a3adda184";
    private static final List<Transcripts.Step> HANDSHAKE = Transcripts.steps("01_handshake");

    private static StubOdoo.Answer recorded(StubOdoo.Request request, int step) {
        ObjectNode body = (ObjectNode) HANDSHAKE.get(step).response().deepCopy();
        body.set("id", request.json().path("id"));
        return new StubOdoo.Answer.Json(200, body.toString());
    }

    private static OdooClient.Builder rpcClient(StubOdoo stub, String database, String password) {
        return OdooClient.builder()
                .url(stub.url())
                .database(database)
                .login("admin")
                .password(password);
    }

    @Nested
    class RecordedHandshake {

        @Test
        void goodCredentialsGiveTheVersionAndTheUid() {
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> recorded(request, 0))
                    .rpc("common.authenticate", request -> recorded(request, 1));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "ps18", "admin").build()) {
                ServerVersion version = client.connect();

                assertThat(version).isEqualTo(new ServerVersion(18, 0, "18.0", "18.0+e-20241005"));
                assertThat(client.uid()).hasValue(2);
                assertThat(client.protocol()).isEqualTo(Protocol.JSON_RPC);
                JsonNode authenticate =
                        stub.requests().get(1).json().path("params").path("args");
                assertThat(authenticate).isEqualTo(HANDSHAKE.get(1).params().path("args"));
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void authenticateAnsweringFalseIsAccessDeniedNotAUid() {
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> recorded(request, 0))
                    .rpc("common.authenticate", request -> recorded(request, 2));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "ps18", "wrong").build()) {
                OdooAccessDeniedException denied =
                        catchThrowableOfType(OdooAccessDeniedException.class, client::connect);

                assertThat(denied.method()).isEqualTo("common.authenticate");
                assertThat(denied.model()).isNull();
                assertThat(denied.isRetryable()).isFalse();
                assertThat(denied.getMessage()).contains("admin", "ps18").doesNotContain("wrong");
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void theClientAuthenticatesWithAuthenticateNeverTheLegacyLogin() {
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> recorded(request, 0))
                    .rpc("common.authenticate", request -> recorded(request, 1));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "ps18", "admin").build()) {
                client.connect();
                client.connect();

                assertThat(stub.requests())
                        .extracting(StubOdoo.Request::rpcCall)
                        .containsExactly("common.version", "common.authenticate");
            }
        }

        @Test
        void credentialsRevokedAfterLoginAreAccessDenied() {
            // step 4 of the transcript: execute_kw with a password Odoo no longer accepts
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> recorded(request, 0))
                    .rpc("common.authenticate", request -> rpcResult(request, OdooJson.NODES.numberNode(2)))
                    .rpc("object.execute_kw:res.partner.search", request -> recorded(request, 4));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "ps18", "wrong").build()) {
                OdooAccessDeniedException denied = catchThrowableOfType(
                        OdooAccessDeniedException.class,
                        () -> client.model("res.partner").search(Domain.all()));

                assertThat(denied.errorName()).isEqualTo("odoo.exceptions.AccessDenied");
                assertThat(denied.model()).isEqualTo("res.partner");
                assertThat(denied.method()).isEqualTo("search");
                assertThat(stub.requests().get(2).json().path("params").path("args"))
                        .isEqualTo(HANDSHAKE.get(4).params().path("args"));
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void ownUserDeletedSinceLoginIsAccessDeniedNotAMissingRecord() {
            // step 5: the uid the client authenticated as no longer exists
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> recorded(request, 0))
                    .rpc("common.authenticate", request -> rpcResult(request, OdooJson.NODES.numberNode(999)))
                    .rpc("object.execute_kw:res.partner.search", request -> recorded(request, 5));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "ps18", "admin").build()) {
                OdooAccessDeniedException denied = catchThrowableOfType(
                        OdooAccessDeniedException.class,
                        () -> client.model("res.partner").search(Domain.all()));

                assertThat(denied.errorName()).isEqualTo("odoo.exceptions.MissingError");
                assertThat(stub.requests().get(2).json().path("params").path("args"))
                        .isEqualTo(HANDSHAKE.get(5).params().path("args"));
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void unknownDatabaseIsAConfigurationErrorNotAnOutage() {
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> recorded(request, 0))
                    .rpc("common.authenticate", request -> recorded(request, 6));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "nodb", "admin").build()) {
                OdooAccessDeniedException denied =
                        catchThrowableOfType(OdooAccessDeniedException.class, client::connect);

                assertThat(denied.errorName()).isEqualTo("psycopg2.OperationalError");
                assertThat(denied.isRetryable()).isFalse();
                assertThat(stub.requests().get(1).json().path("params").path("args"))
                        .isEqualTo(HANDSHAKE.get(6).params().path("args"));
            }
        }

        @Test
        void anUnexpectedServerExceptionIsAServerError() {
            // step 7's answer (an IndexError) given to an ordinary call
            StubOdoo.Script script = new StubOdoo.Script()
                    .handshake(18, 2)
                    .rpc("object.execute_kw:res.partner.search_count", request -> recorded(request, 7));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "ps18", "admin").build()) {
                OdooServerException error = catchThrowableOfType(
                        OdooServerException.class,
                        () -> client.model("res.partner").searchCount(Domain.all()));

                assertThat(error.errorName()).isEqualTo("builtins.IndexError");
                assertThat(error.odooMessage()).isEqualTo("list index out of range");
                assertThat(error.isRetryable()).isFalse();
            }
        }

        @Test
        void odoosInvalidJsonPageIsAServerErrorWithItsStatus() {
            // step 8: Odoo's answer to a body that is not JSON
            StubOdoo.Script script = new StubOdoo.Script()
                    .handshake(18, 2)
                    .rpc(
                            "object.execute_kw:res.partner.search_count",
                            request -> new StubOdoo.Answer.Raw(
                                    400,
                                    "text/html; charset=utf-8",
                                    HANDSHAKE.get(8).rawBody()));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "ps18", "admin").build()) {
                OdooServerException error = catchThrowableOfType(
                        OdooServerException.class,
                        () -> client.model("res.partner").searchCount(Domain.all()));

                assertThat(error.httpStatus()).hasValue(400);
                assertThat(error.odooMessage()).isEqualTo("Invalid JSON data");
                assertThat(error.isRetryable()).isFalse();
            }
        }
    }

    @Nested
    class ProtocolChoice {

        @ParameterizedTest(name = "Odoo {0}")
        @ValueSource(ints = {16, 17, 18})
        void beforeOdoo19AnApiKeyIsUsedAsPasswordOverJsonRpc(int major) {
            StubOdoo.Script script = new StubOdoo.Script().handshake(major, 2);

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = OdooClient.builder()
                            .url(stub.url())
                            .database("firm")
                            .login("integration")
                            .apiKey(API_KEY)
                            .build()) {
                assertThat(client.connect().major()).isEqualTo(major);

                assertThat(client.protocol()).isEqualTo(Protocol.JSON_RPC);
                assertThat(stub.requests().get(1).json().path("params").path("args"))
                        .isEqualTo(json("[\"firm\", \"integration\", \"" + API_KEY + "\", {}]"));
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void odoo19WithAnApiKeySpeaksJson2WithBearerAndDatabaseHeaders() {
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> rpcResult(request, version(19)))
                    .json2(
                            "res.users",
                            "context_get",
                            request -> new StubOdoo.Answer.Json(
                                    200, "{\"lang\": \"en_US\", \"tz\": \"Europe/Brussels\", \"uid\": 7}"))
                    .json2(
                            "res.partner",
                            "search_read",
                            request -> new StubOdoo.Answer.Json(
                                    200, "[{\"id\": 7, \"name\": \"Acme Consulting Client\"}]"));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = OdooClient.builder()
                            .url(stub.url())
                            .database("firm")
                            .login("integration")
                            .apiKey(API_KEY)
                            .context(OdooContext.empty().withLang("en_US"))
                            .build()) {
                client.connect();
                List<OdooRecord> found = client.model("res.partner")
                        .searchRead(
                                Domain.eqLike("ref", "CRM-%"),
                                List.of("name"),
                                Page.first(2).orderBy("ref asc"));

                assertThat(client.protocol()).isEqualTo(Protocol.JSON_2);
                assertThat(client.uid()).hasValue(7);
                assertThat(found).extracting(OdooRecord::id).containsExactly(7L);
                StubOdoo.Request call = stub.requests().get(2);
                assertThat(call.method()).isEqualTo("POST");
                assertThat(call.header("Authorization")).isEqualTo("bearer " + API_KEY);
                assertThat(call.header("X-Odoo-Database")).isEqualTo("firm");
                assertThat(call.header("Content-Type")).startsWith("application/json");
                assertThat(call.json())
                        .isEqualTo(json(
                                "{\"context\": {\"lang\": \"en_US\"}, \"domain\": [[\"ref\", \"=like\", \"CRM-%\"]],"
                                        + " \"fields\": [\"name\"], \"limit\": 2, \"order\": \"ref asc\"}"));
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void odoo19WithAPasswordStaysOnJsonRpc() {
            StubOdoo.Script script = new StubOdoo.Script().handshake(19, 2);

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = rpcClient(stub, "firm", "secret-pass").build()) {
                assertThat(client.protocol()).isEqualTo(Protocol.JSON_RPC);
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void jsonRpcCanBeForcedOnOdoo19() {
            StubOdoo.Script script = new StubOdoo.Script().handshake(19, 2);

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = OdooClient.builder()
                            .url(stub.url())
                            .database("firm")
                            .login("integration")
                            .apiKey(API_KEY)
                            .protocol(Protocol.JSON_RPC)
                            .build()) {
                assertThat(client.protocol()).isEqualTo(Protocol.JSON_RPC);
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void json2ForcedOnAnOdooWithoutItFailsAtConnect() {
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> rpcResult(request, version(18)))
                    .json2(
                            "res.users",
                            "context_get",
                            request -> new StubOdoo.Answer.Raw(
                                    404, "text/html", "<!DOCTYPE html>\n<title>404 Not Found</title>"));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = OdooClient.builder()
                            .url(stub.url())
                            .apiKey(API_KEY)
                            .protocol(Protocol.JSON_2)
                            .build()) {
                OdooServerException error = catchThrowableOfType(OdooServerException.class, client::connect);

                assertThat(error.httpStatus()).hasValue(404);
                assertThat(error.odooMessage()).contains("no such endpoint");
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void withoutJsonRpcTheVersionComesFromWebVersion() {
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> new StubOdoo.Answer.Raw(404, "text/html", "Not Found"))
                    .expect(
                            "GET /web/version",
                            request -> request.method().equals("GET")
                                    && request.path().equals("/web/version"),
                            request -> new StubOdoo.Answer.Json(
                                    200, "{\"version_info\": [22, 0, 0, \"final\", 0, \"\"], \"version\": \"22.0\"}"))
                    .json2("res.users", "context_get", request -> new StubOdoo.Answer.Json(200, "{\"uid\": 2}"));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = OdooClient.builder()
                            .url(stub.url())
                            .database("firm")
                            .login("integration")
                            .apiKey(API_KEY)
                            .build()) {
                assertThat(client.connect().major()).isEqualTo(22);
                assertThat(client.protocol()).isEqualTo(Protocol.JSON_2);
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void aBadApiKeyIsAccessDeniedAtConnect() {
            StubOdoo.Script script = new StubOdoo.Script()
                    .rpc("common.version", request -> rpcResult(request, version(19)))
                    .json2(
                            "res.users",
                            "context_get",
                            request -> StubOdoo.json2Error(401, "werkzeug.exceptions.Unauthorized", "Invalid apikey"));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = OdooClient.builder()
                            .url(stub.url())
                            .database("firm")
                            .login("integration")
                            .apiKey(API_KEY)
                            .build()) {
                OdooAccessDeniedException denied =
                        catchThrowableOfType(OdooAccessDeniedException.class, client::connect);

                assertThat(denied.httpStatus()).hasValue(401);
                assertThat(denied.model()).isEqualTo("res.users");
            }
        }
    }

    @Nested
    class Json2Calls {

        private StubOdoo.Script json2() {
            return new StubOdoo.Script()
                    .rpc("common.version", request -> rpcResult(request, version(19)))
                    .json2("res.users", "context_get", request -> new StubOdoo.Answer.Json(200, "{\"uid\": 2}"));
        }

        private OdooClient client(StubOdoo stub) {
            return OdooClient.builder()
                    .url(stub.url())
                    .database("firm")
                    .apiKey(API_KEY)
                    .protocol(Protocol.JSON_2)
                    .build();
        }

        @Test
        void callsMapOntoNamedArgumentsIdsAndContext() {
            StubOdoo.Script script = json2().json2(
                            "res.partner", "create", request -> new StubOdoo.Answer.Json(200, "[7]"))
                    .json2("res.partner", "create", request -> new StubOdoo.Answer.Json(200, "[8, 9]"))
                    .json2("res.partner", "write", request -> new StubOdoo.Answer.Json(200, "true"))
                    .json2(
                            "res.partner",
                            "read",
                            request -> new StubOdoo.Answer.Json(200, "[{\"id\": 7, \"name\": \"Acme\"}]"))
                    .json2("res.partner", "search_count", request -> new StubOdoo.Answer.Json(200, "3"))
                    .json2(
                            "account.payment.register",
                            "action_create_payments",
                            request -> new StubOdoo.Answer.Json(200, "null"))
                    .json2("res.partner", "unlink", request -> new StubOdoo.Answer.Json(200, "true"));

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = client(stub)) {
                OdooModel partners = client.model("res.partner");
                long id = partners.create(Map.of("name", "Acme"));
                List<Long> ids = partners.createAll(List.of(Map.of("name", "Globex"), Map.of("name", "Initech")));
                partners.write(List.of(8L, 9L), Map.of("comment", "bulk"));
                List<OdooRecord> read = partners.read(List.of(7L), List.of("name"));
                long count = partners.searchCount(Domain.ne("ref", false));
                JsonNode nothing = client.model("account.payment.register")
                        .withContext(OdooContext.empty().withActiveRecords("account.move", List.of(1L)))
                        .call("action_create_payments", List.of(1L), Map.of());
                partners.unlink(List.of(7L));

                assertThat(id).isEqualTo(7);
                assertThat(ids).containsExactly(8L, 9L);
                assertThat(read.getFirst().string("name")).hasValue("Acme");
                assertThat(count).isEqualTo(3);
                assertThat(nothing.isNull()).isTrue();
                List<StubOdoo.Request> requests = stub.requests();
                assertThat(requests.get(2).json()).isEqualTo(json("{\"vals_list\": {\"name\": \"Acme\"}}"));
                assertThat(requests.get(3).json())
                        .isEqualTo(json("{\"vals_list\": [{\"name\": \"Globex\"}, {\"name\": \"Initech\"}]}"));
                assertThat(requests.get(4).json())
                        .isEqualTo(json("{\"ids\": [8, 9], \"vals\": {\"comment\": \"bulk\"}}"));
                assertThat(requests.get(5).json()).isEqualTo(json("{\"ids\": [7], \"fields\": [\"name\"]}"));
                assertThat(requests.get(6).json()).isEqualTo(json("{\"domain\": [[\"ref\", \"!=\", false]]}"));
                assertThat(requests.get(7).json())
                        .isEqualTo(
                                json(
                                        "{\"ids\": [1], \"context\": {\"active_model\": \"account.move\", \"active_ids\": [1]}}"));
                assertThat(requests.get(8).json()).isEqualTo(json("{\"ids\": [7]}"));
            }
            assertThat(script.failures()).isEmpty();
        }

        @Test
        void emptyIdListsSendNothing() {
            StubOdoo.Script script = json2();

            try (StubOdoo stub = StubOdoo.start(script);
                    OdooClient client = client(stub)) {
                client.connect();
                OdooModel partners = client.model("res.partner");
                partners.write(List.of(), Map.of("name", "x"));
                partners.unlink(List.of());

                assertThat(partners.read(List.of(), List.of("name"))).isEmpty();
                assertThat(partners.createAll(List.of())).isEmpty();
                assertThat(stub.requests()).hasSize(2);
            }
        }
    }

    @Test
    void builderRefusesContradictorySettings() {
        assertThatThrownBy(() -> OdooClient.builder()
                        .url("http://odoo")
                        .database("db")
                        .login("a")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password or apiKey");
        assertThatThrownBy(() -> OdooClient.builder()
                        .url("http://odoo")
                        .database("db")
                        .login("a")
                        .password("p")
                        .apiKey("k")
                        .build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> OdooClient.builder()
                        .url("http://odoo")
                        .password("p")
                        .protocol(Protocol.JSON_2)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("API key");
        assertThatThrownBy(() ->
                        OdooClient.builder().url("http://odoo").apiKey("k").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("database and login");
        assertThatThrownBy(() -> OdooClient.builder().url("ftp://odoo")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OdooClient.builder().url("http://admin:pw@odoo"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OdooClient.builder().password(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modelAndMethodNamesThatCouldEscapeTheUrlOrReachPrivateMethodsAreRefusedBeforeSending() {
        StubOdoo.Script script = new StubOdoo.Script().handshake(18, 2);

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = rpcClient(stub, "firm", "s3cret-pass").build()) {
            client.connect();

            assertThatThrownBy(() -> client.model("../web/database").search(Domain.all()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.model("res.partner").call("_compute_display_name", List.of(1L), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'_'");
            assertThatThrownBy(() -> client.model("res.partner").create(Map.of("status", Thread.State.NEW)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(stub.requests()).hasSize(2);
        }
    }

    @Test
    void aClosedClientRefusesCalls() {
        OdooClient client = OdooClient.builder()
                .url(StubOdoo.refusingUrl())
                .database("db")
                .login("a")
                .password("p")
                .build();
        client.close();

        assertThatThrownBy(() -> client.model("res.partner").search(Domain.all()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
