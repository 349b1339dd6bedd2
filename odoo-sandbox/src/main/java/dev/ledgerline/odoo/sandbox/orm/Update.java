package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Odoo's {@code write}: every id must exist, the model's override may refuse, then values and commands apply. */
final class Update {
    private final Env env;
    private final ModelSpec model;
    private final ModelBehaviour behaviour;

    Update(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
        this.behaviour = env.orm().behaviour(model.name());
    }

    void write(List<Integer> ids, Map<String, Object> values) {
        AccessPolicy access = env.orm().access(env);
        access.checkModel(env, model.name(), AccessPolicy.Operation.WRITE);
        FieldValues.checkNames(model, values);
        List<Integer> missing = new ArrayList<>();
        for (Integer id : ids) {
            if (!env.db().exists(model.name(), id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw OdooException.missing(model.name(), missing, env.uid());
        }
        access.checkFields(env, model.name(), values.keySet(), AccessPolicy.Operation.WRITE);
        for (Integer id : ids) {
            access.checkRecord(env, model.name(), env.db().row(model.name(), id), AccessPolicy.Operation.WRITE);
        }
        behaviour.checkWrite(env, ids, Collections.unmodifiableSet(values.keySet()));
        behaviour.receive(env, values);
        FieldValues split = FieldValues.of(model, values, behaviour);
        Map<String, Object> stored = split.stored;
        for (Map.Entry<FieldSpec, Integer> dangling : FieldValues.dangling(env, model, stored)) {
            throw OdooException.foreignKey(
                    model.description(),
                    model.name(),
                    model.table() + "_" + dangling.getKey().name() + "_fkey");
        }
        behaviour.prepareWrite(env, ids, stored);
        Set<String> written = new LinkedHashSet<>(stored.keySet());
        written.addAll(split.x2many.keySet());
        Map<String, Object> changes = new HashMap<>(stored);
        changes.put("write_date", env.db().now());
        if (model.has("write_uid")) {
            changes.put("write_uid", env.uid());
        }
        for (Integer id : ids) {
            env.db().update(model.name(), id, changes);
            for (Map.Entry<String, Object> x2many : split.x2many.entrySet()) {
                X2ManyCommands.apply(env, model, id, model.require(x2many.getKey()), x2many.getValue());
            }
        }
        behaviour.afterWrite(env, ids, written);
    }
}
