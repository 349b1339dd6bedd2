package dev.ledgerline.hub.testing;

import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.sandbox.SandboxOptions;
import dev.ledgerline.odoo.sandbox.fault.FaultKind;
import dev.ledgerline.odoo.sandbox.fault.FaultRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The in-process Odoo sandbox as a test's {@link OdooTarget}: one per test JVM, started on first use
 * on a free port, so Spring's cached test contexts all point at the same URL.
 */
public final class SandboxTarget implements OdooTarget {

    private static SandboxTarget shared;

    private final OdooSandbox sandbox;
    private final OdooClient client;

    private SandboxTarget(OdooSandbox sandbox) {
        this.sandbox = sandbox;
        this.client = OdooClient.builder()
                .url(sandbox.url())
                .database(sandbox.database())
                .login(sandbox.adminLogin())
                .apiKey(sandbox.adminApiKey())
                .build();
    }

    public static synchronized SandboxTarget shared() {
        if (shared == null) {
            OdooSandbox sandbox = OdooSandbox.start(SandboxOptions.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-stop"));
            shared = new SandboxTarget(sandbox);
        }
        return shared;
    }

    public OdooSandbox sandbox() {
        return sandbox;
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

    @Override
    public int count(String model, List<?> domain) {
        return sandbox.count(model, domain);
    }

    @Override
    public List<Map<String, Object>> records(String model, List<?> domain, List<String> fields) {
        return sandbox.records(model, domain, fields);
    }

    @Override
    public void write(String model, long id, Map<String, Object> values) {
        client.model(model).write(id, values);
    }

    @Override
    public long create(String model, Map<String, Object> values) {
        return client.model(model).create(values);
    }

    @Override
    public void call(String model, String method, List<Long> ids) {
        client.model(model).call(method, ids, Map.of());
    }

    /**
     * The sandbox has no {@code account.payment.term}, {@code crm.stage} or {@code project.tags} to search
     * or create (only their seeded ids, as shadows): the hub is given the ids of a fresh Odoo 18
     * database instead, and no lifecycle tags.
     */
    @Override
    public Map<String, String> hubProperties() {
        return Map.of(
                "ledgerline.sync.customer.odoo-ids.30", "4",
                "ledgerline.sync.customer.odoo-ids.45", "5",
                "ledgerline.sync.opportunity.odoo-ids.Qualified", "2",
                "ledgerline.sync.opportunity.odoo-ids.Proposition", "3",
                "ledgerline.sync.project.lifecycle-tags", "false");
    }

    @Override
    public Faults faults() {
        return new Faults() {
            @Override
            public void inject(Fault fault, String model, String method, int times) {
                sandbox.faults().add(FaultRule.of(kind(fault)).on(model, method).times(times));
            }

            @Override
            public void callDelay(Duration delay) {
                sandbox.faults().callDelay(delay);
            }

            @Override
            public void clear() {
                sandbox.faults().clear();
            }
        };
    }

    private static FaultKind kind(Fault fault) {
        return switch (fault) {
            case UNAVAILABLE -> FaultKind.HTTP_503;
            case RESET_BEFORE_COMMIT -> FaultKind.RESET_BEFORE_COMMIT;
            case RESET_AFTER_COMMIT -> FaultKind.RESET_AFTER_COMMIT;
            case SERIALIZATION_FAILURE -> FaultKind.SERIALIZATION_FAILURE;
        };
    }
}
