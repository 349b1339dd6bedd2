package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.Map;
import java.util.Set;

/** {@code account.analytic.account}: "[code] name - customer", in the default plan. */
final class AnalyticAccountBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "account.analytic.account";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("plan_id");
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("plan_id") == null) {
            Map<String, Object> first = env.db().row(model(), 1);
            values.put("plan_id", first == null ? 1 : first.get("plan_id"));
        }
        values.put("root_plan_id", rootPlan(env, Values.id(values.get("plan_id"))));
    }

    @Override
    public void prepareWrite(Env env, java.util.List<Integer> ids, Map<String, Object> values) {
        if (values.containsKey("plan_id")) {
            values.put("root_plan_id", rootPlan(env, Values.id(values.get("plan_id"))));
        }
    }

    /** The plan at the top of the plan's hierarchy. */
    private static Integer rootPlan(Env env, Integer plan) {
        Map<String, Object> row = env.row("account.analytic.plan", plan);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (row != null && Values.id(row.get("parent_id")) != null && seen.add(plan)) {
            plan = Values.id(row.get("parent_id"));
            row = env.row("account.analytic.plan", plan);
        }
        return plan;
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        String name = String.valueOf(row.get("name"));
        if (row.get("code") != null) {
            name = "[" + row.get("code") + "] " + name;
        }
        Integer partner = Values.id(row.get("partner_id"));
        if (partner != null) {
            Map<String, Object> p = env.db().row("res.partner", partner);
            Integer commercial = p == null ? null : Values.id(p.get("commercial_partner_id"));
            Map<String, Object> c = commercial == null ? p : env.db().row("res.partner", commercial);
            if (c != null && c.get("name") != null) {
                name = name + " - " + c.get("name");
            }
        }
        return name;
    }
}
