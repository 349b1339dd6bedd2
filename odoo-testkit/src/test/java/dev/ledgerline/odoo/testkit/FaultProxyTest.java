package dev.ledgerline.odoo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxy in front of a stand-in for Odoo (the JDK's HTTP server) that answers every call and records
 * what reached it, so each test can tell what the caller saw from what Odoo got.
 */
class FaultProxyTest {

    private HttpServer odoo;
    private final List<String> reached = new CopyOnWriteArrayList<>();
    private FaultProxy proxy;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeEach
    void start() throws IOException {
        odoo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        odoo.createContext("/", this::answer);
        odoo.start();
        proxy = FaultProxy.start(
                URI.create("http://127.0.0.1:" + odoo.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        proxy.close();
        odoo.stop(0);
        client.close();
    }

    /** Records the call (path, query, headers it cares about, body) and answers as Odoo would. */
    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        reached.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                + (query == null ? "" : "?" + query) + " " + body);
        if (exchange.getRequestURI().getPath().equals("/missing")) {
            respond(exchange, 404, "text/html", "<h1>Not Found</h1>");
            return;
        }
        exchange.getResponseHeaders()
                .add(
                        "X-Odoo-Seen-Authorization",
                        String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        exchange.getResponseHeaders().add("Set-Cookie", "session_id=abc; Path=/");
        respond(exchange, 200, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":42}");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String executeKw(String model, String method) {
        return """
                {"jsonrpc":"2.0","method":"call","id":7,"params":{"service":"object","method":"execute_kw",\
                "args":["db",2,"key","%s","%s",[[]],{}]}}""".formatted(model, method);
    }

    private static final String VERSION = """
            {"jsonrpc":"2.0","method":"call","id":1,"params":{"service":"common","method":"version","args":[]}}""";

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(proxy.url() + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "bearer k-1")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void callsNoRuleMatchesPassThroughWithOdoosStatusHeadersAndBody() throws Exception {
        HttpResponse<String> created = post("/jsonrpc?debug=1", executeKw("res.partner", "create"));
        HttpResponse<String> missing = post("/missing", "{}");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":42}");
        assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(created.headers().firstValue("Set-Cookie")).hasValue("session_id=abc; Path=/");
        assertThat(created.headers().firstValue("X-Odoo-Seen-Authorization")).hasValue("bearer k-1");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("<h1>Not Found</h1>");
        assertThat(reached)
                .containsExactly("POST /jsonrpc?debug=1 " + executeKw("res.partner", "create"), "POST /missing {}");
        assertThat(proxy.forwarded()).isEqualTo(2);
    }

    @Test
    void unavailableAnswers503ForTheMatchingModelAndMethodOnlyAndOdooNeverSeesThoseCalls() throws Exception {
        proxy.add(ProxyRule.of(ProxyFault.UNAVAILABLE).on("res.partner", "create"));

        HttpResponse<String> create = post("/jsonrpc", executeKw("res.partner", "create"));
        HttpResponse<String> write = post("/jsonrpc", executeKw("res.partner", "write"));
        HttpResponse<String> otherModel = post("/jsonrpc", executeKw("account.move", "create"));
        HttpResponse<String> version = post("/jsonrpc", VERSION);

        assertThat(create.statusCode()).isEqualTo(503);
        assertThat(create.body()).contains("Service Unavailable");
        assertThat(List.of(write.statusCode(), otherModel.statusCode(), version.statusCode()))
                .containsOnly(200);
        assertThat(reached).hasSize(3).noneMatch(r -> r.contains("\"res.partner\",\"create\""));
        assertThat(proxy.fired(ProxyFault.UNAVAILABLE)).isEqualTo(1);
    }

    @Test
    void ruleWithoutModelDisturbsEveryCallTheCommonServiceIncluded() throws Exception {
        proxy.add(ProxyRule.of(ProxyFault.UNAVAILABLE));

        assertThat(post("/jsonrpc", VERSION).statusCode()).isEqualTo(503);
        assertThat(post("/jsonrpc", executeKw("res.partner", "search_read")).statusCode())
                .isEqualTo(503);
        assertThat(post("/web/version", "{}").statusCode()).isEqualTo(503);
        assertThat(reached).isEmpty();
    }

    @Test
    void resetBeforeForwardCutsTheConnectionAndOdooNeverSeesTheCall() {
        proxy.add(ProxyRule.of(ProxyFault.RESET_BEFORE_FORWARD).on("res.partner", "create"));

        assertThatThrownBy(() -> post("/jsonrpc", executeKw("res.partner", "create")))
                .isInstanceOf(IOException.class);

        assertThat(reached).isEmpty();
        assertThat(proxy.forwarded()).isZero();
        assertThat(proxy.fired(ProxyFault.RESET_BEFORE_FORWARD)).isEqualTo(1);
    }

    @Test
    void droppedAnswerLeavesTheCallDoneInOdooAndTheCallerWithoutAnAnswer() {
        proxy.add(ProxyRule.of(ProxyFault.DROP_ANSWER).on("res.partner", "create"));

        assertThatThrownBy(() -> post("/jsonrpc", executeKw("res.partner", "create")))
                .isInstanceOf(IOException.class);

        assertThat(reached).containsExactly("POST /jsonrpc " + executeKw("res.partner", "create"));
        assertThat(proxy.forwarded()).isEqualTo(1);
        assertThat(proxy.fired(ProxyFault.DROP_ANSWER)).isEqualTo(1);
    }

    @Test
    void ruleWithTimesDisturbsThatManyCallsThenLetsThemPass() throws Exception {
        proxy.add(ProxyRule.of(ProxyFault.UNAVAILABLE).on("res.partner", null).times(2));

        List<Integer> statuses = List.of(
                post("/jsonrpc", executeKw("res.partner", "create")).statusCode(),
                post("/jsonrpc", executeKw("res.partner", "write")).statusCode(),
                post("/jsonrpc", executeKw("res.partner", "create")).statusCode());

        assertThat(statuses).containsExactly(503, 503, 200);
        assertThat(reached).hasSize(1);
    }

    @Test
    void ruleLastingAPeriodStopsFiringWhenItEnds() throws Exception {
        proxy.add(ProxyRule.of(ProxyFault.UNAVAILABLE).lasting(Duration.ofSeconds(2)));
        int during = post("/jsonrpc", VERSION).statusCode();

        Thread.sleep(2_300);

        assertThat(during).isEqualTo(503);
        assertThat(post("/jsonrpc", VERSION).statusCode()).isEqualTo(200);
    }

    @Test
    void delayWaitsBeforeForwardingAndThenAnswersNormally() throws Exception {
        proxy.add(ProxyRule.of(ProxyFault.DELAY).delay(Duration.ofMillis(400)).on("res.partner", "create"));
        long started = System.nanoTime();

        HttpResponse<String> answer = post("/jsonrpc", executeKw("res.partner", "create"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(reached).hasSize(1);
        assertThat(proxy.fired(ProxyFault.DELAY)).isEqualTo(1);
    }

    @Test
    void delayOfEveryCallSlowsEveryCallUntilCleared() throws Exception {
        proxy.delayEveryCall(Duration.ofMillis(300));
        long started = System.nanoTime();
        post("/jsonrpc", VERSION);
        Duration slowed = Duration.ofNanos(System.nanoTime() - started);

        proxy.clear();

        assertThat(slowed).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(post("/jsonrpc", VERSION).statusCode()).isEqualTo(200);
        assertThat(reached).hasSize(2);
    }

    @Test
    void json2CallsMatchByTheModelAndMethodInTheirPath() throws Exception {
        proxy.add(ProxyRule.of(ProxyFault.UNAVAILABLE).on("res.partner", "create"));

        assertThat(post("/json/2/res.partner/create", "{\"vals_list\":[{}]}").statusCode())
                .isEqualTo(503);
        assertThat(post("/json/2/res.partner/search", "{\"domain\":[]}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void malformedBodyIsPassedOnForOdooToAnswer() throws Exception {
        proxy.add(ProxyRule.of(ProxyFault.UNAVAILABLE).on("res.partner", "create"));

        HttpResponse<String> answer = post("/jsonrpc", "{not json");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(reached).containsExactly("POST /jsonrpc {not json");
    }

    @Test
    void clearRemovesEveryRule() throws Exception {
        proxy.add(ProxyRule.of(ProxyFault.RESET_BEFORE_FORWARD));
        proxy.add(ProxyRule.of(ProxyFault.UNAVAILABLE));

        proxy.clear();

        assertThat(post("/jsonrpc", executeKw("res.partner", "create")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void firstActiveRuleThatMatchesDecides() throws Exception {
        proxy.add(
                ProxyRule.of(ProxyFault.UNAVAILABLE).on("res.partner", "create").times(1));
        proxy.add(ProxyRule.of(ProxyFault.RESET_BEFORE_FORWARD).on("res.partner", null));

        int first = post("/jsonrpc", executeKw("res.partner", "create")).statusCode();

        assertThat(first).isEqualTo(503);
        assertThatThrownBy(() -> post("/jsonrpc", executeKw("res.partner", "create")))
                .isInstanceOf(IOException.class);
        assertThat(proxy.fired(ProxyFault.RESET_BEFORE_FORWARD)).isEqualTo(1);
    }

    @Test
    void odooNotListeningIsABadGateway() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (FaultProxy nowhere = FaultProxy.start(URI.create("http://127.0.0.1:" + closed))) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(nowhere.url() + "/jsonrpc"))
                            .POST(HttpRequest.BodyPublishers.ofString(VERSION))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(502);
            assertThat(nowhere.forwarded()).isZero();
        }
    }

    @Test
    void rulesThatCouldNeverFireAreRefusedWhenMade() {
        assertThatThrownBy(() -> ProxyRule.of(ProxyFault.UNAVAILABLE).times(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proxy.add(ProxyRule.of(ProxyFault.DELAY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProxyRule.of(ProxyFault.UNAVAILABLE).lasting(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProxyRule.of(ProxyFault.DELAY).delay(Duration.ofSeconds(1)).on("res.partner", "create"))
                .isEqualTo(new ProxyRule(ProxyFault.DELAY, "res.partner", "create", -1, Duration.ofSeconds(1), null));
    }
}
