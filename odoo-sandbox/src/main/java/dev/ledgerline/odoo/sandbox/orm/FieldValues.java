package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one create or write, checked and split: stored values (scalars and many2one ids) and
 * x2many commands, kept apart because the commands run after the record exists.
 */
final class FieldValues {
    final Map<String, Object> stored = new LinkedHashMap<>();
    final Map<String, Object> x2many = new LinkedHashMap<>();

    /** Checks field names first, as Odoo does before converting any value. */
    static void checkNames(ModelSpec model, Map<String, Object> values) {
        for (String name : values.keySet()) {
            if (!model.has(name)) {
                throw OdooException.valueError(
                        "Invalid field " + PythonRepr.of(name) + " on model " + PythonRepr.of(model.name()));
            }
        }
    }

    static FieldValues of(ModelSpec model, Map<String, Object> values, ModelBehaviour behaviour) {
        FieldValues out = new FieldValues();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String name = entry.getKey();
            FieldSpec field = model.require(name);
            if (name.equals("id")
                    || behaviour.ignoredFields().contains(name)
                    || behaviour.computedOnRead().contains(name)
                    || isSilentlyIgnored(field)) {
                continue;
            }
            if (field.type().isX2Many()) {
                out.x2many.put(name, entry.getValue());
            } else {
                Object value = Coercion.toStored(model, field, entry.getValue());
                out.stored.put(name, field.type() == FieldType.JSON ? Coercion.copyJson(value) : value);
            }
        }
        return out;
    }

    /** Computed fields without an inverse: Odoo drops what a caller writes to them. */
    private static boolean isSilentlyIgnored(FieldSpec field) {
        return field.name().equals("display_name")
                || field.name().equals("create_date")
                || field.name().equals("write_date")
                || field.name().equals("create_uid")
                || field.name().equals("write_uid");
    }

    /** Many2one ids that point to no record, in the order of the values. */
    static List<Map.Entry<FieldSpec, Integer>> dangling(Env env, ModelSpec model, Map<String, Object> stored) {
        List<Map.Entry<FieldSpec, Integer>> out = new ArrayList<>();
        for (Map.Entry<String, Object> entry : stored.entrySet()) {
            FieldSpec field = model.require(entry.getKey());
            if (field.type() == FieldType.MANY2ONE && entry.getValue() instanceof Integer id) {
                if (env.orm().seededOrReal(field.relation()) && !env.db().exists(field.relation(), id)) {
                    out.add(Map.entry(field, id));
                }
            }
        }
        return out;
    }
}
