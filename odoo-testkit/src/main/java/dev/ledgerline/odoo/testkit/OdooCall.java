package dev.ledgerline.odoo.testkit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which model and method an HTTP request to Odoo calls, as far as a proxy can tell: JSON-RPC's {@code
 * object.execute_kw} (and {@code execute}) name them in their arguments, JSON-2 in its path. Other
 * requests ({@code common.version}, {@code authenticate}, a malformed body) have neither.
 */
record OdooCall(String model, String method) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final OdooCall OTHER = new OdooCall(null, null);

    static OdooCall of(String path, byte[] body) {
        if (path.startsWith("/json/2/")) {
            String[] parts = path.substring("/json/2/".length()).split("/");
            return parts.length == 2 ? new OdooCall(parts[0], parts[1]) : OTHER;
        }
        if (!path.equals("/jsonrpc") || body.length == 0) {
            return OTHER;
        }
        JsonNode params;
        try {
            params = JSON.readTree(body).path("params");
        } catch (JacksonException e) {
            // Odoo answers a malformed body itself; the proxy only passes it on
            return OTHER;
        }
        String service = params.path("service").asString("");
        String method = params.path("method").asString("");
        JsonNode args = params.path("args");
        if (service.equals("object")
                && (method.equals("execute_kw") || method.equals("execute"))
                && args.path(3).isString()
                && args.path(4).isString()) {
            return new OdooCall(args.path(3).asString(), args.path(4).asString());
        }
        return OTHER;
    }
}
