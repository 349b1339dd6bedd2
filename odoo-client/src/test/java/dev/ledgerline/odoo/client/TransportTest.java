package dev.ledgerline.odoo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transport failures are retryable {@link OdooTransportException}s that say whether the call may have
 * happened; the client sends every call exactly once.
 */
class TransportTest {

    private static OdooClient client(StubOdoo stub, Duration requestTimeout) {
        return OdooClient.builder()
                .url(stub.url())
                .database("firm")
                .login("integration")
                .password("s3cret-pass")
                .requestTimeout(requestTimeout)
                .build();
    }

    private static long creates(StubOdoo stub) {
        return stub.requests().stream()
                .filter(request -> request.rpcCall().endsWith("res.partner.create"))
                .count();
    }

    @Test
    void connectionRefusedIsRetryableAndCertainlyNotCarriedOut() {
        try (OdooClient client = OdooClient.builder()
                .url(StubOdoo.refusingUrl())
                .database("firm")
                .login("integration")
                .password("s3cret-pass")
                .connectTimeout(Duration.ofSeconds(2))
                .build()) {
            OdooTransportException error = catchThrowableOfType(OdooTransportException.class, client::connect);

            assertThat(error.isRetryable()).isTrue();
            assertThat(error.outcomeUnknown()).isFalse();
            assertThat(error.errorName()).isEqualTo("java.net.ConnectException");
            assertThat(error.method()).isEqualTo("common.version");
        }
    }

    @Test
    void aConnectionClosedBeforeTheAnswerLeavesTheOutcomeUnknownAndIsNotRetried() throws IOException {
        String version = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": " + StubOdoo.version(18) + "}";
        String uid = "{\"jsonrpc\": \"2.0\", \"id\": 2, \"result\": 2}";

        try (ClosingServer server = new ClosingServer(Arrays.asList(version, uid, null));
                OdooClient client = OdooClient.builder()
                        .url(server.url())
                        .database("firm")
                        .login("integration")
                        .password("s3cret-pass")
                        .build()) {
            OdooTransportException error = catchThrowableOfType(
                    OdooTransportException.class,
                    () -> client.model("res.partner").create(Map.of("name", "Acme")));

            assertThat(error.isRetryable()).isTrue();
            assertThat(error.outcomeUnknown()).isTrue();
            assertThat(error.model()).isEqualTo("res.partner");
            assertThat(error.method()).isEqualTo("create");
            assertThat(error.getCause()).isInstanceOf(IOException.class);
            assertThat(server.requests()).isEqualTo(3);
        }
    }

    @Test
    void anAnswerThatStallsMidBodyIsCutOffAtTheRequestTimeout() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc("object.execute_kw:res.partner.create", request -> new StubOdoo.Answer.Stall());

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub, Duration.ofMillis(500))) {
            client.connect();
            long started = System.nanoTime();

            OdooTransportException error = catchThrowableOfType(
                    OdooTransportException.class,
                    () -> client.model("res.partner").create(Map.of("name", "Acme")));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(error.outcomeUnknown()).isTrue();
            assertThat(creates(stub)).isEqualTo(1);
        }
    }

    @Test
    void noAnswerWithinTheRequestTimeoutFailsInTimeWithTheOutcomeUnknown() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc(
                        "object.execute_kw:res.partner.create",
                        request -> new StubOdoo.Answer.Late(
                                Duration.ofSeconds(5), StubOdoo.rpcResult(request, StubOdoo.json("7"))));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub, Duration.ofMillis(400))) {
            client.connect();
            long started = System.nanoTime();

            OdooTransportException error = catchThrowableOfType(
                    OdooTransportException.class,
                    () -> client.model("res.partner").create(Map.of("name", "Acme")));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(error.errorName()).isEqualTo("java.net.http.HttpTimeoutException");
            assertThat(error.outcomeUnknown()).isTrue();
            assertThat(error.isRetryable()).isTrue();
            assertThat(creates(stub)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"503, false", "429, false", "502, true", "504, true"})
    void gatewayAndUnavailableAnswersAreTransportFailures(int status, boolean outcomeUnknown) {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc(
                        "object.execute_kw:res.partner.create",
                        request -> new StubOdoo.Answer.Raw(
                                status,
                                "text/html",
                                "<html><body><h1>" + status + " Service Unavailable</h1></body></html>"));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub, Duration.ofSeconds(5))) {
            OdooTransportException error = catchThrowableOfType(
                    OdooTransportException.class,
                    () -> client.model("res.partner").create(Map.of("name", "Acme")));

            assertThat(error.httpStatus()).hasValue(status);
            assertThat(error.isRetryable()).isTrue();
            assertThat(error.outcomeUnknown()).isEqualTo(outcomeUnknown);
            assertThat(creates(stub)).isEqualTo(1);
        }
        assertThat(script.failures()).isEmpty();
    }

    @Test
    void json2GatewayErrorsAreTransportFailuresToo() {
        StubOdoo.Script script = new StubOdoo.Script()
                .rpc("common.version", request -> StubOdoo.rpcResult(request, StubOdoo.version(19)))
                .json2("res.users", "context_get", request -> new StubOdoo.Answer.Json(200, "{}"))
                .json2("res.partner", "create", request -> new StubOdoo.Answer.Raw(503, "text/html", "busy"));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = OdooClient.builder()
                        .url(stub.url())
                        .database("firm")
                        .apiKey("0123456789abcdef")
                        .protocol(Protocol.JSON_2)
                        .build()) {
            OdooTransportException error = catchThrowableOfType(
                    OdooTransportException.class,
                    () -> client.model("res.partner").create(Map.of("name", "Acme")));

            assertThat(error.httpStatus()).hasValue(503);
            assertThat(client.uid()).isEmpty();
        }
    }

    @Test
    void aLoginPageInsteadOfJsonIsAServerErrorNotAResult() {
        StubOdoo.Script script = new StubOdoo.Script()
                .handshake(18, 2)
                .rpc(
                        "object.execute_kw:res.partner.search",
                        request -> new StubOdoo.Answer.Raw(
                                200, "text/html", "<!DOCTYPE html><html><title>Odoo login</title></html>"));

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub, Duration.ofSeconds(5))) {
            OdooServerException error = catchThrowableOfType(
                    OdooServerException.class, () -> client.model("res.partner").search(Domain.all()));

            assertThat(error.isRetryable()).isFalse();
            assertThat(error.odooMessage()).startsWith("the answer is not Odoo's JSON");
        }
    }

    @Test
    void aFailedConnectIsTriedAgainOnTheNextCall() {
        StubOdoo.Script script = new StubOdoo.Script()
                .rpc("common.version", request -> new StubOdoo.Answer.Raw(503, "text/html", "starting"))
                .handshake(18, 2);

        try (StubOdoo stub = StubOdoo.start(script);
                OdooClient client = client(stub, Duration.ofSeconds(5))) {
            OdooTransportException first = catchThrowableOfType(OdooTransportException.class, client::connect);

            assertThat(first.httpStatus()).hasValue(503);
            assertThat(client.connect().major()).isEqualTo(18);
        }
        assertThat(script.failures()).isEmpty();
    }
}
