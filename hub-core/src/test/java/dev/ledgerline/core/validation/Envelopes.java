package dev.ledgerline.core.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid envelopes as neutral trees; a test changes only what it is about. */
final class Envelopes {

    private Envelopes() {}

    static Map<String, Object> envelope(String source, String type, String externalId, Map<String, Object> data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source", source);
        e.put("type", type);
        e.put("externalId", externalId);
        e.put("version", BigInteger.ONE);
        e.put("occurredAt", "2026-03-02T17:05:00Z");
        e.put("data", data);
        return e;
    }

    static Map<String, Object> timeEntry() {
        return envelope(
                "psa",
                "time_entry",
                "TE-1",
                map("employee", "hr:E-1", "project", "P-1", "date", "2026-03-02", "hours", new BigDecimal("7.5")));
    }

    static Map<String, Object> project() {
        return envelope(
                "psa",
                "project",
                "P-1",
                map("name", "Rollout", "customer", "crm:C-1", "entity", "us", "contract", "crm:K-1"));
    }

    static Map<String, Object> contract() {
        return envelope(
                "crm",
                "contract",
                "K-1",
                map("customer", "C-1", "entity", "us", "currency", "USD", "billingModel", "fixed_fee"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("data");
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
