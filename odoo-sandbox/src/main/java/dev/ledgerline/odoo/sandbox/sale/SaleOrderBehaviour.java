package dev.ledgerline.odoo.sandbox.sale;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import java.util.Map;

/** {@code sale.order}: numbered {@code S00001} on creation; {@code action_confirm} makes it a sales order. */
final class SaleOrderBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "sale.order";
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("name") == null || "New".equals(values.get("name"))) {
            values.put("name", String.format("S%05d", env.db().count(model()) + 1));
        }
        values.putIfAbsent("date_order", env.db().now());
        values.put("state", "draft");
    }

    @Override
    public Map<String, ModelMethod> methods() {
        return Map.of("action_confirm", (env, call) -> {
            for (Integer id : call.ids()) {
                Map<String, Object> order = env.db().row(model(), id);
                if (!"draft".equals(order.get("state")) && !"sent".equals(order.get("state"))) {
                    throw OdooException.userError("Some orders are not in a state requiring confirmation.");
                }
                env.db().set(model(), id, "state", "sale");
            }
            return true;
        });
    }
}
