package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import java.util.Map;

/** {@code res.currency}: the current rate, computed from the rates of the current company. */
final class CurrencyBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "res.currency";
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        int id = (Integer) row.get("id");
        return switch (field) {
            case "rate" -> Rates.rate(env, id, env.companyId(), env.today());
            case "inverse_rate" -> 1.0 / Rates.rate(env, id, env.companyId(), env.today());
            case "decimal_places" -> Rates.decimalPlaces(((Number) row.getOrDefault("rounding", 0.01)).doubleValue());
            default -> NOT_COMPUTED;
        };
    }
}
