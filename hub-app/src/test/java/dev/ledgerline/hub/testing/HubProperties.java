package dev.ledgerline.hub.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of a hub under test that delivers to an {@link OdooTarget}, with time scales shrunk:
 * back-off from 50 ms, circuit open for 300 ms, gauges every 200 ms. Used by Spring test contexts and
 * by hubs a test starts itself (a second instance, a separate process).
 */
public final class HubProperties {

    private HubProperties() {}

    public static Map<String, String> delivering(OdooTarget odoo) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ledgerline.targets.default.url", odoo.url());
        p.put("ledgerline.targets.default.database", odoo.database());
        p.put("ledgerline.targets.default.user", odoo.user());
        p.put("ledgerline.targets.default.api-key", odoo.apiKey());
        p.put("ledgerline.targets.default.password", "");
        p.put("ledgerline.target-defaults.rate-limit-per-second", "1000");
        p.put("ledgerline.target-defaults.request-timeout", "20s");
        p.put("ledgerline.target-defaults.minimum-calls", "4");
        p.put("ledgerline.target-defaults.sliding-window", "8");
        p.put("ledgerline.target-defaults.wait-in-open-state", "300ms");
        p.put("ledgerline.dispatch.enabled", "true");
        p.put("ledgerline.dispatch.poll-interval", "20ms");
        p.put("ledgerline.dispatch.backoff-initial", "50ms");
        p.put("ledgerline.dispatch.backoff-max", "500ms");
        p.put("ledgerline.dispatch.max-attempts", "15");
        p.put("ledgerline.dispatch.maintenance-interval", "200ms");
        p.put("ledgerline.metrics.backlog-interval", "200ms");
        return p;
    }
}
