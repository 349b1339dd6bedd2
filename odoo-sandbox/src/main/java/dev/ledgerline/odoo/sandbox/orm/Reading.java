package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Odoo's {@code read}: stored and computed values in the shapes of the external API. */
final class Reading {
    private final Env env;
    private final ModelSpec model;

    Reading(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
    }

    List<Map<String, Object>> read(List<Integer> ids, List<String> requested) {
        AccessPolicy access = env.orm().access(env);
        access.checkModel(env, model.name(), AccessPolicy.Operation.READ);
        List<String> fields = requested == null || requested.isEmpty() ? defaultFields() : requested;
        for (String field : fields) {
            if (!model.has(field)) {
                access.checkFields(env, model.name(), List.of(field), AccessPolicy.Operation.READ);
                throw OdooException.valueError(
                        "Invalid field " + PythonRepr.of(field) + " on model " + PythonRepr.of(model.name()));
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(ids.size());
        for (Integer id : ids) {
            Map<String, Object> row = env.db().row(model.name(), id);
            if (row == null) {
                continue;
            }
            access.checkRecord(env, model.name(), row, AccessPolicy.Operation.READ);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", id);
            for (String field : fields) {
                if (!field.equals("id")) {
                    record.put(field, value(env, model, row, model.require(field)));
                }
            }
            out.add(record);
        }
        return out;
    }

    private List<String> defaultFields() {
        return model.fields().values().stream()
                .filter(f -> f.type() != FieldType.BINARY)
                .map(FieldSpec::name)
                .toList();
    }

    /** One field of a row in the external API's shape. */
    static Object value(Env env, ModelSpec model, Map<String, Object> row, FieldSpec field) {
        if (field.name().equals("id")) {
            return row.get("id");
        }
        if (field.name().equals("display_name")) {
            return displayName(env, model, row);
        }
        Object raw = raw(env, model, row, field);
        return switch (field.type()) {
            case MANY2ONE -> {
                Integer id = raw == null ? null : ((Number) raw).intValue();
                yield id == null ? Boolean.FALSE : List.of(id, env.orm().displayName(env.sudo(), field.relation(), id));
            }
            case ONE2MANY, MANY2MANY -> raw == null ? List.of() : raw;
            case BOOLEAN -> Values.truthy(raw);
            case INTEGER -> raw == null ? 0 : raw instanceof Long l && l == l.intValue() ? l.intValue() : raw;
            case FLOAT, MONETARY -> raw == null ? 0.0 : ((Number) raw).doubleValue();
            default -> raw == null ? Boolean.FALSE : raw;
        };
    }

    /** The stored value, or the computed one for fields Odoo does not store. */
    static Object raw(Env env, ModelSpec model, Map<String, Object> row, FieldSpec field) {
        ModelBehaviour behaviour = env.orm().behaviour(model.name());
        if (field.type().isX2Many()) {
            Object computed = behaviour.compute(env, row, field.name());
            if (computed != ModelBehaviour.NOT_COMPUTED) {
                return computed;
            }
            return x2manyIds(env, model, row, field);
        }
        if (!field.store()
                || !row.containsKey(field.name())
                || behaviour.computedOnRead().contains(field.name())) {
            Object computed = behaviour.compute(env, row, field.name());
            if (computed != ModelBehaviour.NOT_COMPUTED) {
                return computed;
            }
        }
        return row.get(field.name());
    }

    /** A value comparable in a domain (stored or computed, many2one as an id). */
    static Object storedForCompare(Env env, ModelSpec model, Map<String, Object> row, FieldSpec field) {
        if (field.name().equals("display_name")) {
            return displayName(env, model, row);
        }
        return raw(env, model, row, field);
    }

    /** The ids of an x2many field, in the order of the target model. */
    @SuppressWarnings("unchecked")
    static List<Integer> x2manyIds(Env env, ModelSpec model, Map<String, Object> row, FieldSpec field) {
        if (field.type() == FieldType.MANY2MANY || field.relationField() == null) {
            Object stored = row.get(field.name());
            if (stored == null) {
                Object computed = env.orm().behaviour(model.name()).compute(env, row, field.name());
                return computed == ModelBehaviour.NOT_COMPUTED || computed == null
                        ? List.of()
                        : (List<Integer>) computed;
            }
            return (List<Integer>) stored;
        }
        int id = (Integer) row.get("id");
        ModelSpec target = env.db().schema().require(field.relation());
        List<Map<String, Object>> children = new ArrayList<>();
        boolean active = target.has("active") && env.activeTest();
        for (Map<String, Object> child : env.db().rows(field.relation())) {
            Object parent = child.get(field.relationField());
            if (parent != null
                    && ((Number) parent).intValue() == id
                    && (!active || Values.truthy(child.get("active")))) {
                children.add(child);
            }
        }
        return Ordering.parse(env, target, null).sorted(children);
    }

    static String displayName(Env env, ModelSpec model, Map<String, Object> row) {
        String custom = env.orm().behaviour(model.name()).displayName(env, row);
        if (custom != null) {
            return custom;
        }
        Object name = row.get("name");
        if (name == null && model.shadow()) {
            name = row.get("display_name");
        }
        return name == null ? model.name() + "," + row.get("id") : String.valueOf(name);
    }
}
