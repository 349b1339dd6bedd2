package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/** Odoo's {@code unlink}: every id must exist and the model's override may refuse. */
final class Deletion {
    private final Env env;
    private final ModelSpec model;

    Deletion(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
    }

    void unlink(List<Integer> ids) {
        AccessPolicy access = env.orm().access(env);
        access.checkModel(env, model.name(), AccessPolicy.Operation.UNLINK);
        List<Integer> missing = new ArrayList<>();
        for (Integer id : ids) {
            if (!env.db().exists(model.name(), id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw OdooException.missing(model.name(), missing, env.uid());
        }
        for (Integer id : ids) {
            access.checkRecord(env, model.name(), env.db().row(model.name(), id), AccessPolicy.Operation.UNLINK);
        }
        env.orm().behaviour(model.name()).beforeUnlink(env, ids);
        for (Integer id : ids) {
            env.db().delete(model.name(), id);
        }
    }
}
