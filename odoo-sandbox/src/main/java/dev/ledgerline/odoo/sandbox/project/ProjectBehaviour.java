package dev.ledgerline.odoo.sandbox.project;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code project.project}: a project with timesheets gets its analytic account, as hr_timesheet creates it,
 * and every project gets its own inactive mail alias (the mail alias mixin; the sandbox keeps aliases as
 * names only).
 */
final class ProjectBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "project.project";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("alias_id", "alias_model_id");
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("alias_id") == null) {
            Map<String, Object> alias = new HashMap<>();
            alias.put("name", "Inactive Alias");
            alias.put("display_name", "Inactive Alias");
            values.put("alias_id", env.db().insert("mail.alias", alias));
        }
        String accountField = env.db().schema().fieldName(model(), "account_id");
        if (Values.truthy(values.get("allow_timesheets")) && values.get(accountField) == null) {
            Map<String, Object> account = new HashMap<>();
            // Odoo names it from the values as given, so a project without a name fails on its own INSERT.
            account.put("name", values.containsKey("name") ? values.get("name") : "Unknown Analytic Account");
            account.put("partner_id", values.get("partner_id"));
            account.put("company_id", values.get("company_id"));
            account.put("active", true);
            values.put(accountField, env.records("account.analytic.account").create(account));
        }
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        if (field.equals("pricing_type")) {
            return Values.truthy(row.get("allow_billable")) ? "task_rate" : null;
        }
        return NOT_COMPUTED;
    }
}
