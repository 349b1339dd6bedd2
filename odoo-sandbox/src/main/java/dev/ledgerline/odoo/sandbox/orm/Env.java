package dev.ledgerline.odoo.sandbox.orm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who calls and in which context, as Odoo's {@code env}: the user, the request context, the companies
 * the context allows, and whether access checks are bypassed ({@code sudo}).
 *
 * @param orm the ORM to call
 * @param uid the calling user
 * @param context the request's context (e.g. {@code allowed_company_ids}, {@code active_ids})
 * @param companyIds allowed companies, the first being the current company
 * @param superuser whether record rules and access rights are skipped
 */
public record Env(Orm orm, int uid, Map<String, Object> context, List<Integer> companyIds, boolean superuser) {

    public Env {
        context = Map.copyOf(withoutNulls(context));
        companyIds = List.copyOf(companyIds);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> context) {
        Map<String, Object> copy = new HashMap<>();
        context.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    public Database db() {
        return orm.db();
    }

    public int companyId() {
        return companyIds.getFirst();
    }

    public Env sudo() {
        return superuser ? this : new Env(orm, uid, context, companyIds, true);
    }

    public Env withContext(Map<String, Object> extra) {
        Map<String, Object> merged = new HashMap<>(context);
        merged.putAll(extra);
        return new Env(orm, uid, merged, companyIds, superuser);
    }

    public Env withCompanies(List<Integer> companies) {
        return new Env(orm, uid, context, companies, superuser);
    }

    public Object context(String key) {
        return context.get(key);
    }

    /** Today in the server's clock, as {@code fields.Date.context_today} without a user time zone. */
    public LocalDate today() {
        return LocalDate.now(db().clock().withZone(ZoneOffset.UTC));
    }

    public boolean activeTest() {
        Object value = context.get("active_test");
        return value == null || Values.truthy(value);
    }

    /** The stored row of a record, or {@code null}. */
    public Map<String, Object> row(String model, Integer id) {
        return id == null ? null : db().row(model, id);
    }

    public Records records(String model) {
        return orm.records(this, model);
    }
}
