package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import java.util.Map;

/** {@code res.currency.rate}: dated today and for the current company unless told otherwise. */
final class CurrencyRateBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "res.currency.rate";
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("name") == null) {
            values.put("name", env.today().toString());
        }
        values.putIfAbsent("rate", 1.0);
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        double rate = ((Number) row.getOrDefault("rate", 1.0)).doubleValue();
        return switch (field) {
            case "company_rate" -> rate;
            case "inverse_company_rate" -> 1.0 / rate;
            default -> NOT_COMPUTED;
        };
    }
}
