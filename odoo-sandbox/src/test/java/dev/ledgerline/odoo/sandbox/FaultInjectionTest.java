package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.odoo.sandbox.fault.FaultKind;
import dev.ledgerline.odoo.sandbox.fault.FaultRule;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Every kind of injected fault, as a client sees it and as the database keeps (or does not keep) the call. */
@OdooSandboxTest
class FaultInjectionTest {
    @Test
    void latencyDelaysTheCallThenAnswersIt(OdooSandbox odoo) {
        odoo.faults()
                .add(FaultRule.of(FaultKind.LATENCY).on("res.partner", "create").latency(Duration.ofMillis(400)));
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);

        long start = System.nanoTime();
        JsonNode answer = rpc.executeKw("res.partner", "create", List.of(Map.of("name", "Slow Ltd")), Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(answer.get("result").isInt()).isTrue();
        assertThat(countNamed(odoo, "Slow Ltd")).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"HTTP_500, 500", "HTTP_502, 502", "HTTP_503, 503"})
    void serverErrorsAnswerTheirStatusAndRunNothing(FaultKind kind, int status, OdooSandbox odoo) {
        odoo.faults().add(FaultRule.of(kind).on("res.partner", "create"));

        HttpResponse<String> answer =
                new JsonRpcCalls(odoo).post("/jsonrpc", createBody(odoo, "Refused Ltd"), Map.of());

        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(countNamed(odoo, "Refused Ltd")).isZero();
    }

    @Test
    void resetBeforeCommitDropsTheConnectionAndWritesNothing(OdooSandbox odoo) {
        odoo.faults().add(FaultRule.of(FaultKind.RESET_BEFORE_COMMIT).on("res.partner", "create"));
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);

        assertThatThrownBy(() -> rpc.postRaw("/jsonrpc", createBody(odoo, "Never Ltd")))
                .isInstanceOf(IOException.class);
        assertThat(countNamed(odoo, "Never Ltd")).isZero();
    }

    @Test
    void resetAfterCommitWritesTheRecordButTheClientSeesAConnectionError(OdooSandbox odoo) {
        odoo.faults().add(FaultRule.of(FaultKind.RESET_AFTER_COMMIT).on("res.partner", "create"));
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);

        assertThatThrownBy(() -> rpc.postRaw("/jsonrpc", createBody(odoo, "Ghost Write Ltd")))
                .isInstanceOf(IOException.class);
        assertThat(countNamed(odoo, "Ghost Write Ltd")).isEqualTo(1);
    }

    @Test
    void serializationFailureAnswersOdoosRetryableErrorEnvelopeAndWritesNothing(OdooSandbox odoo) {
        odoo.faults().add(FaultRule.of(FaultKind.SERIALIZATION_FAILURE).on("res.partner", "create"));

        HttpResponse<String> response =
                new JsonRpcCalls(odoo).post("/jsonrpc", createBody(odoo, "Contended Ltd"), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JsonRpcCalls.JSON.readTree(response.body());
        assertThat(answer.get("jsonrpc").asString()).isEqualTo("2.0");
        assertThat(answer.has("result")).isFalse();
        JsonNode error = answer.get("error");
        assertThat(error.get("code").asInt()).isEqualTo(200);
        assertThat(error.get("message").asString()).isEqualTo("Odoo Server Error");
        assertThat(error.get("data").propertyNames())
                .containsExactlyInAnyOrder("name", "debug", "message", "arguments", "context");
        assertThat(error.get("data").get("name").asString()).isEqualTo("psycopg2.errors.SerializationFailure");
        assertThat(countNamed(odoo, "Contended Ltd")).isZero();
    }

    @Test
    void rateLimitAnswers429WithRetryAfterAndRunsNothing(OdooSandbox odoo) {
        odoo.faults()
                .add(FaultRule.of(FaultKind.RATE_LIMIT)
                        .on("res.partner", "create")
                        .latency(Duration.ofSeconds(7)));

        HttpResponse<String> answer =
                new JsonRpcCalls(odoo).post("/jsonrpc", createBody(odoo, "Throttled Ltd"), Map.of());

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(countNamed(odoo, "Throttled Ltd")).isZero();
    }

    @Test
    void everyNthWithTimesFiresOnTheNthMatchingCallOnlyAndLeavesOtherMethodsAlone(OdooSandbox odoo) {
        odoo.faults()
                .add(FaultRule.of(FaultKind.HTTP_503)
                        .on("res.partner", "create")
                        .everyNth(3)
                        .times(1));
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);

        List<Integer> statuses = new ArrayList<>();
        for (int call = 1; call <= 7; call++) {
            statuses.add(rpc.post("/jsonrpc", createBody(odoo, "Nth " + call), Map.of())
                    .statusCode());
            assertThat(rpc.executeKw("res.partner", "search_count", List.of(List.of()), Map.of())
                            .has("result"))
                    .isTrue();
        }

        assertThat(statuses).containsExactly(200, 200, 503, 200, 200, 200, 200);
        assertThat(odoo.count("res.partner", List.of(List.of("name", "=like", "Nth %"))))
                .isEqualTo(6);
        assertThat(countNamed(odoo, "Nth 3")).isZero();
    }

    @Test
    void probabilityFaultsFollowTheSeedSoARunRepeatsExactly(OdooSandbox odoo) {
        List<Integer> first = statusesUnderProbability(odoo);
        odoo.faults().clear();
        List<Integer> second = statusesUnderProbability(odoo);

        assertThat(second).isEqualTo(first);
        long failed = first.stream().filter(status -> status == 502).count();
        assertThat(failed).isBetween(5L, 35L);
        assertThat(first).containsOnly(200, 502);
    }

    private static List<Integer> statusesUnderProbability(OdooSandbox odoo) {
        odoo.faults()
                .add(FaultRule.of(FaultKind.HTTP_502)
                        .on("res.partner", "search_count")
                        .withProbability(0.4));
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        String body = rpcBody(odoo, "res.partner", "search_count", List.of(List.of()));
        List<Integer> statuses = new ArrayList<>();
        for (int call = 0; call < 50; call++) {
            statuses.add(rpc.post("/jsonrpc", body, Map.of()).statusCode());
        }
        return statuses;
    }

    private static int countNamed(OdooSandbox odoo, String name) {
        return odoo.count("res.partner", List.of(List.of("name", "=", name)));
    }

    private static String createBody(OdooSandbox odoo, String name) {
        return rpcBody(odoo, "res.partner", "create", List.of(Map.of("name", name)));
    }

    private static String rpcBody(OdooSandbox odoo, String model, String method, List<?> args) {
        return JsonRpcCalls.JSON.writeValueAsString(Map.of(
                "jsonrpc",
                "2.0",
                "method",
                "call",
                "params",
                Map.of(
                        "service",
                        "object",
                        "method",
                        "execute_kw",
                        "args",
                        List.of(odoo.database(), odoo.adminUid(), "admin", model, method, args)),
                "id",
                1));
    }
}
