package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code default_get}: the defaults a new record would get, for the fields asked. */
final class DefaultGet {
    private DefaultGet() {}

    static Map<String, Object> of(Env env, ModelSpec model, List<String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        env.orm().defaults(model.name()).forEach((name, value) -> {
            if (fields == null || fields.contains(name)) {
                FieldSpec field = model.fields().get(name);
                if (field != null
                        && field.type() == FieldType.MANY2ONE
                        && "res.company".equals(field.relation())
                        && value instanceof Number) {
                    // the recorded default is the recording's current company; a recorded false stays false
                    value = env.companyId();
                }
                out.put(name, value);
            }
        });
        return out;
    }
}
