package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import java.util.List;
import java.util.Map;

/** {@code ir.model.data}: external ids of the fresh database's records. */
final class ModelDataBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "ir.model.data";
    }

    @Override
    public Map<String, ModelMethod> methods() {
        ModelMethod reference = (env, call) ->
                reference(env, String.valueOf(call.arg(0, "module")), String.valueOf(call.arg(1, "xml_id")));
        return Map.of("check_object_reference", reference, "_xmlid_to_res_model_res_id", reference);
    }

    private static List<Object> reference(Env env, String module, String name) {
        for (Map<String, Object> row : env.db().rows("ir.model.data")) {
            if (module.equals(row.get("module")) && name.equals(row.get("name"))) {
                return List.of(row.get("model"), ((Number) row.get("res_id")).intValue());
            }
        }
        throw OdooException.valueError("External ID not found in the system: " + module + "." + name);
    }
}
