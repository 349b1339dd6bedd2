package dev.ledgerline.odoo.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to a sandbox, as any Odoo client makes them, for the sandbox's own tests. */
final class JsonRpcCalls {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final OdooSandbox odoo;
    private final AtomicInteger ids = new AtomicInteger();

    JsonRpcCalls(OdooSandbox odoo) {
        this.odoo = odoo;
    }

    /** {@code object.execute_kw} as the administrator; the whole JSON-RPC answer. */
    JsonNode executeKw(String model, String method, List<?> args, Map<String, ?> kwargs) {
        return jsonRpc(
                "object",
                "execute_kw",
                List.of(odoo.database(), odoo.adminUid(), "admin", model, method, args, kwargs));
    }

    JsonNode jsonRpc(String service, String method, List<?> args) {
        Map<String, Object> body = Map.of(
                "jsonrpc",
                "2.0",
                "method",
                "call",
                "params",
                Map.of("service", service, "method", method, "args", args),
                "id",
                ids.incrementAndGet());
        HttpResponse<String> response = post("/jsonrpc", JSON.writeValueAsString(body), Map.of());
        return JSON.readTree(response.body());
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(odoo.url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #post} but hands back the failure a client sees (e.g. a connection reset). */
    HttpResponse<String> postRaw(String path, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(odoo.url() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
