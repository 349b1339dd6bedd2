package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code res.currency.rate}: dated today and for the current company unless told otherwise; created without a
 * rate, it reads 0.0 and its company rate is the latest earlier day's. PostgreSQL's constraints of Odoo's
 * table hold: a positive rate and one rate per day, currency and company (checked after the INSERT, which has
 * used up its id).
 */
final class CurrencyRateBehaviour implements ModelBehaviour {
    private static final String MODEL = "res.currency.rate";

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("name") == null) {
            values.put("name", env.today().toString());
        }
    }

    @Override
    public void afterCreate(Env env, int id) {
        check(env, id);
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        for (Integer id : ids) {
            check(env, id);
        }
    }

    private static void check(Env env, int id) {
        Map<String, Object> rate = env.db().row(MODEL, id);
        if (rate.get("rate") instanceof Number value && value.doubleValue() <= 0) {
            throw OdooException.validationError(
                    "The operation cannot be completed: The currency rate must be strictly positive.");
        }
        if (rate.get("company_id") == null) {
            return; // PostgreSQL's unique index lets NULLs differ
        }
        for (Map<String, Object> other : env.db().rows(MODEL)) {
            if (!other.get("id").equals(rate.get("id"))
                    && Objects.equals(String.valueOf(other.get("name")), String.valueOf(rate.get("name")))
                    && Objects.equals(other.get("currency_id"), rate.get("currency_id"))
                    && Objects.equals(other.get("company_id"), rate.get("company_id"))) {
                throw OdooException.validationError(
                        "The operation cannot be completed: Only one currency rate per day allowed!");
            }
        }
    }

    /** Odoo's {@code _get_latest_rate}: the rate of the latest earlier day of the currency and company, or 1.0. */
    private static double latestBefore(Env env, Map<String, Object> values) {
        String day = String.valueOf(values.get("name"));
        String best = null;
        double rate = 1.0;
        for (Map<String, Object> other : env.db().rows(MODEL)) {
            String name = String.valueOf(other.get("name"));
            Object otherRate = other.get("rate");
            if (Objects.equals(other.get("currency_id"), values.get("currency_id"))
                    && Objects.equals(other.get("company_id"), values.get("company_id"))
                    && otherRate instanceof Number number
                    && number.doubleValue() != 0
                    && name.compareTo(day) < 0
                    && (best == null || name.compareTo(best) > 0)) {
                best = name;
                rate = number.doubleValue();
            }
        }
        return rate;
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        // Odoo's company_rate: the rate, or for a rate created without one the latest earlier day's, or 1.0.
        double rate = row.get("rate") instanceof Number value && value.doubleValue() != 0
                ? value.doubleValue()
                : latestBefore(env, row);
        return switch (field) {
            case "company_rate" -> rate;
            case "inverse_company_rate" -> 1.0 / rate;
            default -> NOT_COMPUTED;
        };
    }
}
