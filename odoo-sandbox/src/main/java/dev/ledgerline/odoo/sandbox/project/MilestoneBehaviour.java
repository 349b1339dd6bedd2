package dev.ledgerline.odoo.sandbox.project;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.List;
import java.util.Map;

/** {@code project.milestone}: reaching it stamps {@code reached_date}; un-reaching clears it. */
final class MilestoneBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "project.milestone";
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (Values.truthy(values.get("is_reached"))) {
            values.put("reached_date", env.today().toString());
        }
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        if (values.containsKey("is_reached")) {
            values.put(
                    "reached_date",
                    Values.truthy(values.get("is_reached")) ? env.today().toString() : null);
        }
    }
}
