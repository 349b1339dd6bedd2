package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.access.Groups;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import dev.ledgerline.odoo.sandbox.seed.ChartCountries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code res.company}: a new company gets its partner, as in Odoo, and its address, tax id and website live
 * on that partner (computed with an inverse, or related, in Odoo): reading them reads the partner, writing
 * them writes the partner. A company given a country with a chart of accounts of its own gets that chart
 * loaded, which the sandbox does not model: for a user without "Show Full Accounting Features" (the
 * administrator of a fresh database) Odoo refuses it, and so does the sandbox.
 */
final class CompanyBehaviour implements ModelBehaviour {
    /** What Odoo answers when loading the chart creates its reconciliation rules. */
    static final String CHART_REFUSED = "You are not allowed to modify 'Rules for the reconciliation model'"
            + " (account.reconcile.model.line) records.\n\n"
            + "This operation is allowed for the following groups:\n"
            + "\t- Technical/Show Full Accounting Features\n\n"
            + "Contact your administrator to request access if necessary.";

    private final Groups groups;

    CompanyBehaviour(Groups groups) {
        this.groups = groups;
    }
    /** Company fields that are the partner's fields of the same name. */
    private static final Set<String> ON_PARTNER =
            Set.of("street", "street2", "zip", "city", "state_id", "country_id", "website", "vat", "company_registry");

    /** {@code hr_timesheet.internal_project_default_stage}. */
    private static final int INTERNAL_PROJECT_STAGE = 1;

    @Override
    public String model() {
        return "res.company";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("partner_id", "account_opening_date");
    }

    /** Odoo's write refuses any change of a company's parent, loops included. */
    @Override
    public void checkWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (fields.contains("parent_id")) {
            throw OdooException.userError("The company hierarchy cannot be changed.");
        }
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        Map<String, Object> onPartner = takePartnerFields(values);
        if (values.get("partner_id") == null) {
            Map<String, Object> partner = new HashMap<>(onPartner);
            partner.put("name", values.get("name"));
            partner.put("is_company", true);
            values.put("partner_id", env.sudo().records("res.partner").create(partner));
        } else if (!onPartner.isEmpty()) {
            env.sudo().records("res.partner").write(Values.id(values.get("partner_id")), onPartner);
        }
        values.putIfAbsent("account_opening_date", env.today().withDayOfYear(1).toString());
        if (values.get("currency_id") == null) {
            values.put("currency_id", 1);
        }
        Integer partner = Values.id(values.get("partner_id"));
        if (partner != null) {
            values.putIfAbsent("sequence", 10L);
        }
    }

    /**
     * Every company gets its "Internal" project with the "Training" and "Meeting" tasks and the project's
     * analytic account (hr_timesheet's override of the company's create).
     */
    @Override
    public void afterCreate(Env env, int id) {
        Env company = env.sudo().withCompanies(List.of(id));
        Map<String, Object> project = new HashMap<>();
        project.put("name", "Internal");
        project.put("allow_timesheets", true);
        project.put("company_id", id);
        project.put("type_ids", List.of(List.of(4, INTERNAL_PROJECT_STAGE)));
        project.put(
                "task_ids",
                List.of(
                        List.of(0, 0, Map.of("name", "Training", "company_id", id)),
                        List.of(0, 0, Map.of("name", "Meeting", "company_id", id))));
        int internal = company.records("project.project").create(project);
        env.db().set(model(), id, "internal_project_id", internal);
        Object country = compute(env, env.db().row(model(), id), "country_code");
        refuseLocalizedChart(env, List.of(id), country == null ? null : String.valueOf(country));
    }

    /**
     * account's {@code install_l10n_modules}: a company without a chart, whose country has one of its own, gets
     * it loaded at commit. Loading it as a user without "Show Full Accounting Features" fails.
     */
    private void refuseLocalizedChart(Env env, List<Integer> ids, String countryCode) {
        for (Integer id : ids) {
            Map<String, Object> company = env.db().row(model(), id);
            if (company.get("chart_template") == null
                    && ChartCountries.hasChart(countryCode)
                    && !groups.of(env).contains(fullAccounting(env))) {
                throw OdooException.accessError(CHART_REFUSED);
            }
        }
    }

    private static int fullAccounting(Env env) {
        return env.db().rows("ir.model.data").stream()
                .filter(x -> "account".equals(x.get("module")) && "group_account_user".equals(x.get("name")))
                .map(x -> ((Number) x.get("res_id")).intValue())
                .findFirst()
                .orElse(-1);
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        Map<String, Object> onPartner = takePartnerFields(values);
        if (onPartner.isEmpty()) {
            return;
        }
        if (Values.truthy(onPartner.get("country_id"))) {
            // Only a company that had no country gets its localization when one is set (base's write).
            List<Integer> withoutCountry = ids.stream()
                    .filter(id -> compute(env, env.db().row(model(), id), "country_id") == null)
                    .toList();
            Map<String, Object> country = env.row("res.country", Values.id(onPartner.get("country_id")));
            if (country != null) {
                refuseLocalizedChart(env, withoutCountry, String.valueOf(country.get("code")));
            }
        }
        for (Integer id : ids) {
            Integer partner = Values.id(env.db().row(model(), id).get("partner_id"));
            if (partner != null) {
                env.sudo().records("res.partner").write(partner, onPartner);
            }
        }
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        if (ON_PARTNER.contains(field)) {
            Map<String, Object> partner = env.row("res.partner", Values.id(row.get("partner_id")));
            return partner == null ? null : partner.get(field);
        }
        if (field.equals("country_code")) {
            Map<String, Object> partner = env.row("res.partner", Values.id(row.get("partner_id")));
            Map<String, Object> country =
                    partner == null ? null : env.row("res.country", Values.id(partner.get("country_id")));
            return country == null ? null : country.get("code");
        }
        return NOT_COMPUTED;
    }

    /** Removes the partner's fields from a company's values, with {@code false} kept as a clearing write. */
    private static Map<String, Object> takePartnerFields(Map<String, Object> values) {
        Map<String, Object> out = new HashMap<>();
        for (String field : ON_PARTNER) {
            if (values.containsKey(field)) {
                Object value = values.remove(field);
                out.put(field, value == null ? Boolean.FALSE : value);
            }
        }
        return out;
    }
}
