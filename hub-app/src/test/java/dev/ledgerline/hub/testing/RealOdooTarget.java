package dev.ledgerline.hub.testing;

import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.OdooContext;
import dev.ledgerline.odoo.client.OdooModel;
import dev.ledgerline.odoo.client.OdooRecord;
import dev.ledgerline.odoo.testkit.OdooServer;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Odoo ({@code @RealOdoo}'s {@link OdooServer}) as a test's {@link OdooTarget}: records are read
 * and counted through the client as the administrator, archived ones included. It injects no faults:
 * scenarios that need them run against the sandbox (or a proxy in front of a real Odoo).
 */
public final class RealOdooTarget implements OdooTarget {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OdooServer server;
    private final OdooClient client;

    public RealOdooTarget(OdooServer server) {
        this.server = server;
        this.client = OdooClient.builder()
                .url(server.url())
                .database(server.database())
                .login(server.user())
                .apiKey(server.secret())
                .build();
    }

    @Override
    public String url() {
        return server.url().toString();
    }

    @Override
    public String database() {
        return server.database();
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public String apiKey() {
        return server.secret();
    }

    @Override
    public int count(String model, List<?> domain) {
        return Math.toIntExact(all(model).searchCount(Domain.of(domain)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> records(String model, List<?> domain, List<String> fields) {
        return all(model).searchRead(Domain.of(domain), fields).stream()
                .map(OdooRecord::json)
                .map(json -> (Map<String, Object>) JSON.convertValue(json, Map.class))
                .toList();
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

    @Override
    public Faults faults() {
        return new Faults() {
            @Override
            public void inject(Fault fault, String model, String method, int times) {
                throw new UnsupportedOperationException("a real Odoo without a proxy injects no faults");
            }

            @Override
            public void callDelay(java.time.Duration delay) {
                throw new UnsupportedOperationException("a real Odoo without a proxy injects no delays");
            }

            @Override
            public void clear() {}
        };
    }

    private OdooModel all(String model) {
        return client.model(model).withContext(OdooContext.empty().with("active_test", false));
    }
}
