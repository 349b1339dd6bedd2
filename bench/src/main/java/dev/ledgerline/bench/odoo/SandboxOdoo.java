package dev.ledgerline.bench.odoo;

import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Odoo sandbox in the benchmark's JVM, with a fixed delay before every call standing in for a real
 * server's per-call cost (network, authentication, transaction), so that what a client saves by making
 * fewer calls shows as it would against a remote Odoo.
 */
public final class SandboxOdoo implements OdooServer {

    private final OdooSandbox sandbox;
    private final Duration perCall;

    private SandboxOdoo(OdooSandbox sandbox, Duration perCall) {
        this.sandbox = sandbox;
        this.perCall = perCall;
    }

    public static SandboxOdoo start(Duration perCall) {
        return new SandboxOdoo(OdooSandbox.start(SandboxOptions.defaults().withCallDelay(perCall)), perCall);
    }

    public Duration perCall() {
        return perCall;
    }

    @Override
    public String label() {
        return "sandbox, " + perCall.toMillis() + " ms per call";
    }

    @Override
    public String url() {
        return sandbox.url();
    }

    @Override
    public String database() {
        return sandbox.database();
    }

    @Override
    public String user() {
        return sandbox.adminLogin();
    }

    @Override
    public String apiKey() {
        return sandbox.adminApiKey();
    }

    /** The sandbox has no {@code project.tags} to search or create: no lifecycle tags on projects. */
    @Override
    public Map<String, String> hubSettings() {
        Map<String, String> settings = new LinkedHashMap<>(OdooServer.super.hubSettings());
        settings.put("ledgerline.sync.project.lifecycle-tags", "false");
        return settings;
    }

    @Override
    public void reset() {
        sandbox.reset();
        sandbox.faults().callDelay(perCall);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
