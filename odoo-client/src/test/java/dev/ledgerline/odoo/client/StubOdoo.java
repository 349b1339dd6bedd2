package dev.ledgerline.odoo.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ledgerline.odoo.client.internal.OdooJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal HTTP server that answers like Odoo from a script or a function, for the client's tests. It
 * records every request and the most requests it ever had in flight.
 */
final class StubOdoo implements AutoCloseable {

    /** A request as the stub received it. */
    record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return OdooJson.parse(body);
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        /** For {@code /jsonrpc}: {@code service.method}, or {@code object.execute_kw:model.method}. */
        String rpcCall() {
            JsonNode params = json().path("params");
            String call = params.path("service").asString("") + "."
                    + params.path("method").asString("");
            if (call.equals("object.execute_kw")) {
                JsonNode args = params.path("args");
                call += ":" + args.path(3).asString("") + "." + args.path(4).asString("");
            }
            return call;
        }

        /** For {@code /jsonrpc} execute_kw: the positional arguments after the method. */
        JsonNode rpcArgs() {
            return json().path("params").path("args").path(5);
        }

        /** For {@code /jsonrpc} execute_kw: the keyword arguments ({} when absent). */
        JsonNode rpcKwargs() {
            JsonNode kwargs = json().path("params").path("args").path(6);
            return kwargs.isMissingNode() ? OdooJson.NODES.objectNode() : kwargs;
        }
    }

    /** What the stub sends back. */
    sealed interface Answer {
        /** JSON with a status. */
        record Json(int status, String body) implements Answer {}

        /** Any body. */
        record Raw(int status, String contentType, String body) implements Answer {}

        /** Waits, then answers. */
        record Late(Duration delay, Answer answer) implements Answer {}

        /** Sends the headers and the start of the body, then stalls with the connection open. */
        record Stall() implements Answer {}
    }

    /** Chooses the answer to a request. */
    @FunctionalInterface
    interface Responder {
        Answer answer(Request request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private StubOdoo(Responder responder) throws IOException {
        this.executor = Executors.newFixedThreadPool(16);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, responder));
        server.start();
    }

    static StubOdoo start(Responder responder) {
        try {
            return new StubOdoo(responder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /** A local port nobody listens on. */
    static URI refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange, Responder responder) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            Request request = new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes());
            requests.add(request);
            Answer answer;
            try {
                answer = responder.answer(request);
            } catch (Exception | AssertionError e) {
                answer = new Answer.Raw(500, "text/plain", "stub failure: " + e);
            }
            send(exchange, answer);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        switch (answer) {
            case Answer.Json json -> write(exchange, json.status(), "application/json; charset=utf-8", json.body());
            case Answer.Raw raw -> write(exchange, raw.status(), raw.contentType(), raw.body());
            case Answer.Late late -> {
                try {
                    Thread.sleep(late.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                send(exchange, late.answer());
            }
            case Answer.Stall stall -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 1000);
                OutputStream body = exchange.getResponseBody();
                body.write("{\"jsonrpc\": \"2.0\", ".getBytes(StandardCharsets.UTF_8));
                body.flush();
                try {
                    Thread.sleep(Duration.ofSeconds(30).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void write(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- answers in Odoo's shapes ----------------------------------------------------------------

    static Answer rpcResult(Request request, JsonNode result) {
        ObjectNode body = OdooJson.NODES.objectNode();
        body.put("jsonrpc", "2.0");
        body.set("id", request.json().path("id"));
        if (result != null) {
            body.set("result", result);
        }
        return new Answer.Json(200, body.toString());
    }

    static Answer rpcError(Request request, String name, String message) {
        return rpcError(request, 200, name, message);
    }

    static Answer rpcError(Request request, int code, String name, String message) {
        ObjectNode body = OdooJson.NODES.objectNode();
        body.put("jsonrpc", "2.0");
        body.set("id", request.json().path("id"));
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", code == 100 ? "Odoo Session Expired" : "Odoo Server Error");
        error.set("data", errorBody(name, message));
        return new Answer.Json(200, body.toString());
    }

    static Answer json2Error(int status, String name, String message) {
        return new Answer.Json(status, errorBody(name, message).toString());
    }

    static ObjectNode errorBody(String name, String message) {
        ObjectNode data = OdooJson.NODES.objectNode();
        data.put("name", name);
        data.put("debug", "<traceback elided>");
        data.put("message", message);
        data.putArray("arguments").add(message);
        data.putObject("context");
        return data;
    }

    static JsonNode version(int major) {
        ObjectNode version = OdooJson.NODES.objectNode();
        version.put("server_version", major + ".0");
        ArrayNode info = version.putArray("server_version_info");
        info.add(major).add(0).add(0).add("final").add(0).add("");
        version.put("server_serie", major + ".0");
        version.put("protocol_version", 1);
        return version;
    }

    static JsonNode json(String text) {
        return OdooJson.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    // ---- scripted conversations ------------------------------------------------------------------

    /** Answers requests in a fixed order; a request that does not match the next expectation fails. */
    static final class Script implements Responder {

        private record Expectation(String description, Predicate<Request> matches, Function<Request, Answer> answer) {}

        private final Deque<Expectation> expected = new ArrayDeque<>();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Script expect(String description, Predicate<Request> matches, Function<Request, Answer> answer) {
            expected.add(new Expectation(description, matches, answer));
            return this;
        }

        /** A JSON-RPC call, e.g. {@code common.version} or {@code object.execute_kw:res.partner.create}. */
        Script rpc(String call, Function<Request, Answer> answer) {
            return expect(
                    call,
                    request -> request.path().equals("/jsonrpc")
                            && request.rpcCall().equals(call),
                    answer);
        }

        /** The handshake of a JSON-RPC client: version, then authenticate answering the uid. */
        Script handshake(int major, long uid) {
            rpc("common.version", request -> rpcResult(request, version(major)));
            return rpc("common.authenticate", request -> rpcResult(request, OdooJson.NODES.numberNode(uid)));
        }

        /** A JSON-2 call. */
        Script json2(String model, String method, Function<Request, Answer> answer) {
            String path = "/json/2/" + model + "/" + method;
            return expect("POST " + path, request -> request.path().equals(path), answer);
        }

        @Override
        public synchronized Answer answer(Request request) {
            Expectation next = expected.poll();
            if (next == null) {
                failures.add("unexpected request after the script ended: " + describe(request));
                return new Answer.Raw(500, "text/plain", "stub: no more answers");
            }
            if (!next.matches().test(request)) {
                failures.add("expected " + next.description() + ", got " + describe(request));
                return new Answer.Raw(500, "text/plain", "stub: unexpected request");
            }
            return next.answer().apply(request);
        }

        private static String describe(Request request) {
            return request.method() + " " + request.path() + " " + request.text();
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        int remaining() {
            return expected.size();
        }
    }
}
