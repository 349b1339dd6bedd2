package dev.ledgerline.odoo.sandbox.hr;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Orm;
import java.util.Map;
import java.util.Set;

/** Employees: Odoo reads the name before anything else, so a missing one is a KeyError. */
public final class HrBehaviours {
    private HrBehaviours() {}

    public static void register(Orm orm) {
        orm.register(new ModelBehaviour() {
            @Override
            public String model() {
                return "hr.employee";
            }

            @Override
            public Set<String> systemFields() {
                return Set.of("resource_id");
            }

            @Override
            public void receive(Env env, Map<String, Object> given) {
                if (!given.containsKey("name")
                        && !given.containsKey("user_id")
                        && env.context("default_name") == null) {
                    throw new OdooException(OdooException.KEY_ERROR, "name");
                }
            }
        });
    }
}
