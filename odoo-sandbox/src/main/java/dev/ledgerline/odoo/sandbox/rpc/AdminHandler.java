package dev.ledgerline.odoo.sandbox.rpc;

import dev.ledgerline.odoo.sandbox.fault.FaultKind;
import dev.ledgerline.odoo.sandbox.fault.FaultRule;
import dev.ledgerline.odoo.sandbox.server.Backend;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sandbox's own endpoints under {@code /sandbox} (outside Odoo's paths): {@code POST /sandbox/reset},
 * {@code GET /sandbox/stats}, {@code GET|POST|DELETE /sandbox/faults}, {@code POST /sandbox/delay},
 * {@code POST /sandbox/save} (writes the state to the data file; 409 without one).
 */
final class AdminHandler {
    private final Backend backend;

    AdminHandler(Backend backend) {
        this.backend = backend;
    }

    @SuppressWarnings("unchecked")
    void handle(Exchange exchange) throws IOException {
        String path = exchange.path();
        String method = exchange.method();
        switch (path) {
            case "/sandbox/reset" -> {
                if (!method.equals("POST")) {
                    exchange.notFound();
                    return;
                }
                backend.reset();
                exchange.json(200, Map.of("reset", true));
            }
            case "/sandbox/stats" -> exchange.json(200, backend.stats().snapshot());
            case "/sandbox/save" -> {
                if (!method.equals("POST")) {
                    exchange.notFound();
                    return;
                }
                if (backend.stateFile().isEmpty()) {
                    exchange.json(409, Map.of("error", "no data file: start the sandbox with --data-file PATH"));
                    return;
                }
                int records = backend.save();
                exchange.json(
                        200,
                        Map.of("saved", backend.stateFile().orElseThrow().path().toString(), "records", records));
            }
            case "/sandbox/faults" -> {
                switch (method) {
                    case "GET" ->
                        exchange.json(
                                200,
                                Map.of(
                                        "rules",
                                        backend.faults().rules().stream()
                                                .map(AdminHandler::describe)
                                                .toList()));
                    case "DELETE" -> {
                        backend.faults().clear();
                        exchange.json(200, Map.of("rules", List.of()));
                    }
                    case "POST" -> {
                        Map<String, Object> body;
                        try {
                            body = (Map<String, Object>) Exchange.JSON.readValue(exchange.body(), Map.class);
                            backend.faults().add(rule(body));
                        } catch (RuntimeException e) {
                            exchange.json(400, Map.of("error", String.valueOf(e.getMessage())));
                            return;
                        }
                        exchange.json(
                                200,
                                Map.of(
                                        "rules",
                                        backend.faults().rules().stream()
                                                .map(AdminHandler::describe)
                                                .toList()));
                    }
                    default -> exchange.notFound();
                }
            }
            case "/sandbox/delay" -> {
                Map<String, Object> body = (Map<String, Object>) Exchange.JSON.readValue(exchange.body(), Map.class);
                long ms = ((Number) body.getOrDefault("ms", 0)).longValue();
                backend.faults().callDelay(Duration.ofMillis(ms));
                exchange.json(200, Map.of("ms", ms));
            }
            default -> exchange.notFound();
        }
    }

    /** A rule from JSON: {@code {"kind":"reset_after_commit","model":"res.partner","method":"create","everyNth":3,"times":1}}. */
    static FaultRule rule(Map<String, Object> body) {
        FaultKind kind = FaultKind.valueOf(String.valueOf(body.get("kind")).toUpperCase(Locale.ROOT));
        FaultRule rule = FaultRule.of(kind).on((String) body.get("model"), (String) body.get("method"));
        if (body.get("everyNth") instanceof Number n) {
            rule = rule.everyNth(n.intValue());
        }
        if (body.get("probability") instanceof Number p) {
            rule = rule.withProbability(p.doubleValue());
        }
        if (body.get("times") instanceof Number t) {
            rule = rule.times(t.intValue());
        }
        if (body.get("latencyMs") instanceof Number ms) {
            rule = rule.latency(Duration.ofMillis(ms.longValue()));
        }
        return rule;
    }

    static Map<String, Object> describe(FaultRule rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", rule.kind().name().toLowerCase(Locale.ROOT));
        out.put("model", rule.model());
        out.put("method", rule.method());
        out.put("everyNth", rule.everyNth());
        out.put("probability", rule.probability());
        out.put("times", rule.times());
        out.put("latencyMs", rule.latency().toMillis());
        return out;
    }
}
