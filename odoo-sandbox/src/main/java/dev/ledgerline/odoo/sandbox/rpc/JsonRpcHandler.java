package dev.ledgerline.odoo.sandbox.rpc;

import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.server.Backend;
import dev.ledgerline.odoo.sandbox.server.Services;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /jsonrpc}: Odoo's JSON-RPC 2.0 envelope around the {@link Services}. */
final class JsonRpcHandler {
    private final Backend backend;
    private final Services services;
    private final FaultGate faults;

    JsonRpcHandler(Backend backend, Services services, FaultGate faults) {
        this.backend = backend;
        this.services = services;
        this.faults = faults;
    }

    @SuppressWarnings("unchecked")
    void handle(Exchange exchange) throws IOException {
        Object parsed;
        try {
            parsed = Exchange.JSON.readValue(exchange.body(), Object.class);
        } catch (RuntimeException e) {
            exchange.text(400, "text/html; charset=utf-8", "Invalid JSON data");
            return;
        }
        if (!(parsed instanceof Map<?, ?> request)) {
            exchange.text(400, "text/html; charset=utf-8", "Invalid JSON-RPC data");
            return;
        }
        Object id = request.get("id");
        Map<String, Object> params = request.get("params") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        String service = String.valueOf(params.get("service"));
        String method = String.valueOf(params.get("method"));
        List<Object> args = params.get("args") instanceof List<?> a ? (List<Object>) a : List.of();
        String[] target = target(service, method, args);
        faults.run(
                exchange,
                target[0],
                target[1],
                () -> outcome(service, method, args),
                outcome -> exchange.json(200, envelope(id, outcome)),
                () -> exchange.json(200, envelope(id, new Outcome(null, FaultGate.serializationError()))));
    }

    private Outcome outcome(String service, String method, List<Object> args) {
        try {
            return new Outcome(services.dispatch(service, method, args), null);
        } catch (OdooException e) {
            backend.stats().error(e.name());
            return new Outcome(null, e);
        }
    }

    private Map<String, Object> envelope(Object id, Outcome outcome) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jsonrpc", "2.0");
        out.put("id", id);
        if (outcome.error() != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", backend.version().jsonRpcErrorCode());
            error.put("message", "Odoo Server Error");
            error.put("data", ErrorPayload.of(outcome.error()));
            out.put("error", error);
        } else if (outcome.result() != null) {
            out.put("result", outcome.result());
        }
        return out;
    }

    /** The model and method a fault rule matches: the model call of {@code execute_kw}, else the service. */
    private static String[] target(String service, String method, List<Object> args) {
        if (service.equals("object") && args.size() > 4) {
            return new String[] {String.valueOf(args.get(3)), String.valueOf(args.get(4))};
        }
        return new String[] {service, method};
    }

    private record Outcome(Object result, OdooException error) {}
}
