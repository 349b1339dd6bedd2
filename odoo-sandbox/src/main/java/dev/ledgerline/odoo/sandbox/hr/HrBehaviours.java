package dev.ledgerline.odoo.sandbox.hr;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Orm;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.Map;
import java.util.Set;

/**
 * Employees: Odoo's create takes the name out of the values for the employee's resource before defaults
 * apply (so neither a default nor {@code default_name} in the context helps), and a missing one is a
 * KeyError. A linked user lends its name; a given resource skips the lookup. Writes never look.
 */
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
            public void receiveCreate(Env env, Map<String, Object> given) {
                if (!given.containsKey("name")
                        && !Values.truthy(given.get("user_id"))
                        && !Values.truthy(given.get("resource_id"))) {
                    throw new OdooException(OdooException.KEY_ERROR, "name");
                }
            }
        });
    }
}
