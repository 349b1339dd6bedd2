package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.server.Backend;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code res.users}: each user has a partner and a password (kept in the credentials, never stored). */
final class UserBehaviour implements ModelBehaviour {
    private final Backend backend;

    UserBehaviour(Backend backend) {
        this.backend = backend;
    }

    @Override
    public String model() {
        return "res.users";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("partner_id");
    }

    @Override
    public Set<String> ignoredFields() {
        return Set.of("password", "new_password");
    }

    private String pendingPassword;

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("partner_id") == null) {
            Map<String, Object> partner = new HashMap<>();
            partner.put("name", values.get("name"));
            partner.put("company_id", values.get("company_id"));
            partner.put("email", values.get("email"));
            values.put("partner_id", env.sudo().records("res.partner").create(partner));
        }
        values.putIfAbsent("active", true);
        values.put("share", false);
    }

    /** Keeps the password the caller sent; it is never stored with the user. */
    @Override
    public void receive(Env env, Map<String, Object> given) {
        Object password = given.get("password");
        pendingPassword = password == null || Boolean.FALSE.equals(password) ? null : String.valueOf(password);
    }

    @Override
    public void afterCreate(Env env, int id) {
        if (pendingPassword != null) {
            backend.credentials().password(id, pendingPassword);
            pendingPassword = null;
        }
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (pendingPassword != null) {
            ids.forEach(id -> backend.credentials().password(id, pendingPassword));
            pendingPassword = null;
        }
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Object partner = row.get("partner_id");
        return partner == null ? null : env.orm().displayName(env, "res.partner", ((Number) partner).intValue());
    }
}
