package dev.ledgerline.odoo.sandbox.rpc;

import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.server.Backend;
import dev.ledgerline.odoo.sandbox.server.Services;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /json/2/<model>/<method>} (Odoo 19): bearer API key, named arguments plus {@code ids} and
 * {@code context} in the body, the raw result as the answer, errors with an HTTP status by kind.
 */
final class Json2Handler {
    private final Backend backend;
    private final Services services;
    private final FaultGate faults;

    Json2Handler(Backend backend, Services services, FaultGate faults) {
        this.backend = backend;
        this.services = services;
        this.faults = faults;
    }

    @SuppressWarnings("unchecked")
    void handle(Exchange exchange) throws IOException {
        String[] parts = exchange.path().substring("/json/2/".length()).split("/");
        if (parts.length != 2 || !exchange.method().equals("POST")) {
            exchange.notFound();
            return;
        }
        String model = parts[0];
        String method = parts[1];
        Optional<Integer> uid = user(exchange.header("Authorization"));
        if (uid.isEmpty()) {
            exchange.json(401, error(OdooException.accessDenied()));
            return;
        }
        String database = exchange.header("X-Odoo-Database");
        if (database != null && !database.equals(backend.database())) {
            exchange.json(404, error(new OdooException("werkzeug.exceptions.NotFound", "database not found")));
            return;
        }
        Map<String, Object> body;
        try {
            String text = exchange.body();
            Object parsed = text.isBlank() ? Map.of() : Exchange.JSON.readValue(text, Object.class);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("body must be a JSON object");
            }
            body = (Map<String, Object>) map;
        } catch (RuntimeException e) {
            exchange.json(400, error(new OdooException("werkzeug.exceptions.BadRequest", "Invalid JSON data")));
            return;
        }
        try {
            checkTarget(model, method, body);
        } catch (OdooException e) {
            backend.stats().error(e.name());
            exchange.json(ErrorPayload.json2Status(e), error(e));
            return;
        }
        String key = bearer(exchange.header("Authorization"));
        faults.run(
                exchange,
                model,
                method,
                () -> {
                    try {
                        return new Object[] {services.execute(uid.get(), key, model, method, List.of(), body), null};
                    } catch (OdooException e) {
                        backend.stats().error(e.name());
                        return new Object[] {null, e};
                    }
                },
                outcome -> {
                    if (outcome[1] instanceof OdooException e) {
                        exchange.json(ErrorPayload.json2Status(e), error(e));
                    } else {
                        exchange.send(
                                200, "application/json; charset=utf-8", Exchange.JSON.writeValueAsString(outcome[0]));
                    }
                },
                () -> exchange.json(409, error(FaultGate.serializationError())));
    }

    /**
     * What Odoo 19's JSON-2 controller refuses before calling: an unknown model or method is a 404 (werkzeug's
     * NotFound with the lookup's message), a private method an AccessError (403), and ids given to a method
     * of the model rather than of records a 422.
     */
    private void checkTarget(String model, String method, Map<String, Object> body) {
        if (backend.schema().model(model).filter(spec -> !spec.shadow()).isEmpty()) {
            throw OdooException.http("NotFound", 404, "the model '" + model + "' does not exist");
        }
        try {
            backend.orm().checkPublicMethod(model, method);
        } catch (OdooException e) {
            if (!e.name().equals("builtins.AttributeError")) {
                throw e;
            }
            throw OdooException.http("NotFound", 404, e.getMessage());
        }
        if (backend.orm().modelMethod(model, method) && body.get("ids") instanceof List<?> ids && !ids.isEmpty()) {
            throw OdooException.http("UnprocessableEntity", 422, "cannot call " + model + "." + method + " with ids");
        }
    }

    private Optional<Integer> user(String authorization) {
        String key = bearer(authorization);
        return key == null ? Optional.empty() : backend.credentials().userOfKey(key);
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    private static Map<String, Object> error(OdooException e) {
        Map<String, Object> payload = ErrorPayload.of(e);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", payload.get("name"));
        out.put("message", payload.get("message"));
        out.put("arguments", payload.get("arguments"));
        out.put("context", payload.get("context"));
        out.put("debug", payload.get("debug"));
        return out;
    }
}
