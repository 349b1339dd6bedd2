package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.List;
import java.util.Map;

/**
 * One model seen by one {@link Env}: the ORM's operations as Java calls, used by business behaviours and
 * by the sandbox's inspection API. Values go in and come out as Odoo's RPC shapes.
 */
public final class Records {
    private final Env env;
    private final ModelSpec model;

    Records(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
    }

    public ModelSpec spec() {
        return model;
    }

    public Env env() {
        return env;
    }

    public int create(Map<String, Object> values) {
        return new Creation(env, model).create(List.of(values)).getFirst();
    }

    public List<Integer> create(List<Map<String, Object>> values) {
        return new Creation(env, model).create(values);
    }

    public void write(List<Integer> ids, Map<String, Object> values) {
        new Update(env, model).write(ids, values);
    }

    public void write(int id, Map<String, Object> values) {
        write(List.of(id), values);
    }

    public void unlink(List<Integer> ids) {
        new Deletion(env, model).unlink(ids);
    }

    /** Odoo's {@code read}: many2one as {@code [id, name]}, x2many as id lists, empty values as {@code false}. */
    public List<Map<String, Object>> read(List<Integer> ids, List<String> fields) {
        return new Reading(env, model).read(ids, fields);
    }

    public List<Integer> search(Object domain) {
        return search(domain, 0, null, null);
    }

    public List<Integer> search(Object domain, int offset, Integer limit, String order) {
        return new Searching(env, model).search(Domain.parse(domain), offset, limit, order);
    }

    public int count(Object domain) {
        return new Searching(env, model).count(Domain.parse(domain));
    }

    /** The stored row (read-only by convention), or {@code null}. */
    public Map<String, Object> row(int id) {
        return env.db().row(model.name(), id);
    }

    /** A field's value as read over RPC. */
    public Object value(int id, String field) {
        List<Map<String, Object>> rows = read(List.of(id), List.of(field));
        return rows.isEmpty() ? null : rows.getFirst().get(field);
    }

    public String displayName(int id) {
        return env.orm().displayName(env, model.name(), id);
    }
}
