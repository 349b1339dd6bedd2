package dev.ledgerline.odoo.sandbox.access;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import dev.ledgerline.odoo.sandbox.orm.AccessPolicy.Operation;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import java.util.Map;

/**
 * The multi-company record rules: a record with a {@code company_id} outside the context's
 * {@code allowed_company_ids} is invisible, and creating or changing one is an AccessError that suggests
 * the right company, as Odoo does.
 */
final class CompanyRules {
    boolean visible(Env env, String model, Map<String, Object> row) {
        Integer company = company(env, model, row);
        return company == null || env.companyIds().contains(company);
    }

    void check(Env env, String model, Map<String, Object> row, Operation operation) {
        Integer company = company(env, model, row);
        if (company == null || env.companyIds().contains(company)) {
            return;
        }
        ModelSpec spec = env.db().schema().require(model);
        String user = env.orm().displayName(env.sudo(), "res.users", env.uid());
        String companyName = env.orm().displayName(env.sudo(), "res.company", company);
        String target = operation == Operation.CREATE
                ? spec.description() + " (" + model + ")"
                : spec.description() + ", " + env.orm().displayName(env.sudo(), model, (Integer) row.get("id")) + " ("
                        + model + ": " + row.get("id") + ", company=" + companyName + ")";
        String message = "Uh-oh! Looks like you have stumbled upon some top-secret records.\n\n" + "Sorry, " + user
                + " (id=" + env.uid() + ") doesn't have '" + operation.odooName() + "' access to:\n- " + target
                + "\n\nIf you really, really need access, perhaps you can win over your friendly administrator with a batch of freshly baked cookies.";
        boolean userHasCompany = userCompanies(env).contains(company);
        if (userHasCompany) {
            message +=
                    "\n\nThis seems to be a multi-company issue, you might be able to access the record by switching to the company: "
                            + companyName + ".";
            throw new OdooException(
                    OdooException.ACCESS_ERROR,
                    message,
                    Map.of("suggested_company", orderedCompany(company, companyName)));
        }
        throw OdooException.accessError(message);
    }

    private static Map<String, Object> orderedCompany(int id, String name) {
        Map<String, Object> company = new java.util.LinkedHashMap<>();
        company.put("id", id);
        company.put("display_name", name);
        return company;
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Integer> userCompanies(Env env) {
        Map<String, Object> user = env.db().row("res.users", env.uid());
        return user == null
                ? java.util.List.of()
                : (java.util.List<Integer>) user.getOrDefault("company_ids", java.util.List.of());
    }

    private static Integer company(Env env, String model, Map<String, Object> row) {
        if (row == null || model.equals("res.company") || model.equals("res.users")) {
            return null;
        }
        ModelSpec spec = env.db().schema().require(model);
        FieldSpec field = spec.fields().get("company_id");
        if (field == null || !field.store() || !"res.company".equals(field.relation())) {
            return null;
        }
        Object value = row.get("company_id");
        return value == null ? null : ((Number) value).intValue();
    }
}
