package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Odoo's {@code create}: defaults, conversion, the model's override, required fields, then x2many commands. */
final class Creation {
    private final Env env;
    private final ModelSpec model;
    private final ModelBehaviour behaviour;

    Creation(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
        this.behaviour = env.orm().behaviour(model.name());
    }

    List<Integer> create(List<Map<String, Object>> batch) {
        env.orm().access(env).checkModel(env, model.name(), AccessPolicy.Operation.CREATE);
        for (Map<String, Object> values : batch) {
            FieldValues.checkNames(model, values);
        }
        List<Integer> ids = new ArrayList<>(batch.size());
        for (Map<String, Object> values : batch) {
            ids.add(createOne(values));
        }
        return ids;
    }

    private int createOne(Map<String, Object> asGiven) {
        // A model's create may add values the caller left out (as Odoo's overrides fill vals before super).
        Map<String, Object> given = new LinkedHashMap<>(asGiven);
        behaviour.receiveCreate(env, given);
        Map<String, Object> values = withDefaults(given);
        FieldValues split = FieldValues.of(model, values, behaviour);
        Map<String, Object> stored = split.stored;
        for (Map.Entry<FieldSpec, Integer> dangling : FieldValues.dangling(env, model, stored)) {
            throw OdooException.missing(dangling.getKey().relation(), List.of(dangling.getValue()), env.uid());
        }
        behaviour.prepareCreate(env, stored);
        checkRequired(stored);
        String now = env.db().now();
        stored.put("create_date", now);
        stored.put("write_date", now);
        if (model.has("create_uid")) {
            stored.put("create_uid", env.uid());
            stored.put("write_uid", env.uid());
        }
        Map<String, Object> row = new HashMap<>();
        stored.forEach((k, v) -> {
            if (v != null) {
                row.put(k, v);
            }
        });
        int id = env.db().insert(model.name(), row);
        env.orm()
                .access(env)
                .checkRecord(env, model.name(), env.db().row(model.name(), id), AccessPolicy.Operation.CREATE);
        for (Map.Entry<String, Object> x2many : split.x2many.entrySet()) {
            X2ManyCommands.apply(env, model, id, model.require(x2many.getKey()), x2many.getValue());
        }
        behaviour.afterCreate(env, id);
        return id;
    }

    private Map<String, Object> withDefaults(Map<String, Object> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : env.orm().defaults(model.name()).entrySet()) {
            if (!given.containsKey(entry.getKey())) {
                Object value = entry.getValue();
                FieldSpec field = model.fields().get(entry.getKey());
                if (field != null
                        && field.type() == FieldType.MANY2ONE
                        && "res.company".equals(field.relation())
                        && value instanceof Number) {
                    // the recorded default is the recording's current company; a recorded false stays false
                    value = env.companyId();
                }
                values.put(entry.getKey(), value);
            }
        }
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            values.put(entry.getKey(), entry.getValue());
        }
        Object contextDefaults = env.context();
        if (contextDefaults != null) {
            env.context().forEach((key, value) -> {
                if (key.startsWith("default_")) {
                    String field = key.substring("default_".length());
                    if (model.has(field) && !given.containsKey(field)) {
                        values.put(field, value);
                    }
                }
            });
        }
        return values;
    }

    private void checkRequired(Map<String, Object> stored) {
        for (FieldSpec field : model.fields().values()) {
            if (!field.required() || !field.store() || field.type().isX2Many()) {
                continue;
            }
            if (behaviour.systemFields().contains(field.name())) {
                continue;
            }
            Object value = stored.get(field.name());
            if (value == null && field.type() != FieldType.BOOLEAN) {
                // Odoo leaves the check to PostgreSQL's NOT NULL, after the INSERT took its id.
                env.db().consumeId(model.name());
                throw OdooException.mandatoryFieldNotSet(
                        model.description(), model.name(), field.string(), field.name());
            }
        }
    }
}
