package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.base.Rates;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code account.tax}: the country and tax group Odoo computes for a new tax (the company's fiscal country and
 * a tax group of that country), and the unique name per company, use, scope and country, checked after the
 * INSERT as Odoo's constraint is.
 */
final class TaxBehaviour implements ModelBehaviour {
    private static final String MODEL = "account.tax";

    /**
     * Marks a tax created over RPC: Odoo gives it repartition lines without account, so its tax lines take
     * the account and analytic distribution of the lines they tax (the chart's taxes have their own account).
     */
    static final String WITHOUT_ACCOUNT = "_without_account";

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        values.put(WITHOUT_ACCOUNT, true);
        Integer company = Values.id(values.get("company_id"));
        Map<String, Object> companyRow = company == null ? null : env.db().row("res.company", company);
        if (values.get("country_id") == null && companyRow != null) {
            Object fiscal = companyRow.get("account_fiscal_country_id");
            values.put("country_id", fiscal != null ? fiscal : companyRow.get("country_id"));
        }
        if (values.get("tax_group_id") == null && company != null) {
            Object group = taxGroup(env, company, values.get("country_id"));
            if (group != null) {
                values.put("tax_group_id", group);
            }
        }
    }

    /** A tax group of the company for that country (the sandbox knows groups through the taxes using them). */
    private static Object taxGroup(Env env, int company, Object country) {
        Object sameCountry = null;
        Object any = null;
        List<Map<String, Object>> taxes = new ArrayList<>(env.db().rows(MODEL));
        taxes.sort(Comparator.comparingInt(t -> (Integer) t.get("id")));
        for (Map<String, Object> tax : taxes) {
            if (tax.get("tax_group_id") == null || !Objects.equals(Values.id(tax.get("company_id")), company)) {
                continue;
            }
            if (sameCountry == null && Objects.equals(tax.get("country_id"), country)) {
                sameCountry = tax.get("tax_group_id");
            }
            if (any == null) {
                any = tax.get("tax_group_id");
            }
        }
        return sameCountry != null ? sameCountry : any;
    }

    @Override
    public void afterCreate(Env env, int id) {
        checkName(env, List.of(id));
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (fields.contains("name")
                || fields.contains("company_id")
                || fields.contains("type_tax_use")
                || fields.contains("tax_scope")
                || fields.contains("country_id")) {
            checkName(env, ids);
        }
    }

    private static void checkName(Env env, List<Integer> ids) {
        List<Map<String, Object>> duplicates = new ArrayList<>();
        for (Integer id : ids) {
            Map<String, Object> tax = env.db().row(MODEL, id);
            if ("none".equals(tax.get("type_tax_use"))) {
                continue;
            }
            int root = Rates.root(env, Values.id(tax.get("company_id")));
            for (Map<String, Object> other : env.db().rows(MODEL)) {
                if (!other.get("id").equals(id)
                        && !Boolean.FALSE.equals(other.get("active"))
                        && Objects.equals(other.get("name"), tax.get("name"))
                        && Objects.equals(other.get("type_tax_use"), tax.get("type_tax_use"))
                        && Objects.equals(other.get("tax_scope"), tax.get("tax_scope"))
                        && Objects.equals(other.get("country_id"), tax.get("country_id"))
                        && other.get("company_id") != null
                        && Rates.root(env, Values.id(other.get("company_id"))) == root
                        && !duplicates.contains(other)) {
                    duplicates.add(other);
                }
            }
        }
        if (duplicates.isEmpty()) {
            return;
        }
        duplicates.sort(Comparator.<Map<String, Object>>comparingLong(
                        t -> t.get("sequence") == null ? 0L : ((Number) t.get("sequence")).longValue())
                .thenComparingInt(t -> (Integer) t.get("id")));
        StringBuilder message = new StringBuilder("Tax names must be unique!");
        for (Map<String, Object> duplicate : duplicates) {
            message.append("\n- ")
                    .append(duplicate.get("name"))
                    .append(" in ")
                    .append(env.db()
                            .row("res.company", Values.id(duplicate.get("company_id")))
                            .get("name"));
        }
        throw OdooException.validationError(message.toString());
    }
}
