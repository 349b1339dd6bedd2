package dev.ledgerline.bench.odoo;

import dev.ledgerline.odoo.client.OdooClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** An Odoo a delivery benchmark writes into: the sandbox with a fixed per-call cost, or a real Odoo 18. */
public sealed interface OdooServer extends AutoCloseable permits SandboxOdoo, RealOdoo {

    /** How it is named in the tables and results. */
    String label();

    String url();

    String database();

    String user();

    String apiKey();

    /** Back to a fresh database. */
    void reset();

    @Override
    void close();

    /** A new client with the administrator's API key; close it after use. */
    default OdooClient client() {
        return OdooClient.builder()
                .url(url())
                .database(database())
                .login(user())
                .apiKey(apiKey())
                .requestTimeout(Duration.ofSeconds(300))
                .build();
    }

    /** The hub's default target pointed at this Odoo ({@code ledgerline.targets.default.*}), and what it lacks. */
    default Map<String, String> hubSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ledgerline.targets.default.url", url());
        s.put("ledgerline.targets.default.database", database());
        s.put("ledgerline.targets.default.user", user());
        s.put("ledgerline.targets.default.api-key", apiKey());
        s.put("ledgerline.targets.default.password", "");
        return s;
    }
}
