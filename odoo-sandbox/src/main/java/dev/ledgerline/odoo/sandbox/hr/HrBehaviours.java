package dev.ledgerline.odoo.sandbox.hr;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Orm;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.HashMap;
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

            /** An employee without a work contact gets one: a partner with its name, work email and company. */
            @Override
            public void afterCreate(Env env, int id) {
                Map<String, Object> employee = env.db().row(model(), id);
                if (employee.get("work_contact_id") != null) {
                    return;
                }
                Map<String, Object> contact = new HashMap<>();
                contact.put("name", employee.get("name"));
                contact.put("email", employee.get("work_email"));
                contact.put("mobile", employee.get("mobile_phone"));
                contact.put("company_id", employee.get("company_id"));
                env.db()
                        .set(
                                model(),
                                id,
                                "work_contact_id",
                                env.sudo().records("res.partner").create(contact));
            }
        });
    }
}
