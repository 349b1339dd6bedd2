package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Hierarchy;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code res.partner}: the name check, "Parent, Child" names and the commercial partner. */
final class PartnerBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "res.partner";
    }

    @Override
    public Set<String> ignoredFields() {
        return Set.of("commercial_partner_id", "complete_name");
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (!hasName(values.get("name"), values.get("type"))) {
            // The name check is a table constraint in Odoo: the refused INSERT has used its id.
            env.db().consumeId(model());
        }
        requireName(values.get("name"), values.get("type"));
        values.put("complete_name", completeName(env, values));
    }

    @Override
    public void afterCreate(Env env, int id) {
        checkRecursion(env, List.of(id));
        env.db().set(model(), id, "commercial_partner_id", commercial(env, id));
    }

    /** Odoo's {@code _check_parent_id}: a partner may not be its own ancestor. */
    private static void checkRecursion(Env env, List<Integer> ids) {
        if (Hierarchy.hasCycle(env, "res.partner", ids)) {
            throw OdooException.validationError("You cannot create recursive Partner hierarchies.");
        }
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        if (values.containsKey("name") || values.containsKey("type")) {
            for (Integer id : ids) {
                Map<String, Object> row = env.db().row(model(), id);
                requireName(
                        values.containsKey("name") ? values.get("name") : row.get("name"),
                        values.containsKey("type") ? values.get("type") : row.get("type"));
            }
        }
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (fields.contains("parent_id") || fields.contains("child_ids")) {
            checkRecursion(env, ids);
        }
        if (fields.contains("name") || fields.contains("parent_id") || fields.contains("is_company")) {
            for (Integer id : ids) {
                Map<String, Object> row = env.db().row(model(), id);
                env.db().set(model(), id, "complete_name", completeName(env, row));
                env.db().set(model(), id, "commercial_partner_id", commercial(env, id));
            }
        }
    }

    private static boolean hasName(Object name, Object type) {
        return Values.truthy(name) || (type != null && !"contact".equals(type));
    }

    private static void requireName(Object name, Object type) {
        if (!hasName(name, type)) {
            throw OdooException.validationError("The operation cannot be completed: Contacts require a name");
        }
    }

    private static String completeName(Env env, Map<String, Object> values) {
        String name = values.get("name") == null ? "" : String.valueOf(values.get("name"));
        Integer parent = Values.id(values.get("parent_id"));
        if (parent != null && !Values.truthy(values.get("is_company"))) {
            Map<String, Object> parentRow = env.db().row("res.partner", parent);
            String parentName = parentRow == null
                    ? ""
                    : String.valueOf(parentRow.getOrDefault("complete_name", parentRow.get("name")));
            if (name.isEmpty() && values.get("type") != null) {
                return parentName + ", " + typeLabel(String.valueOf(values.get("type")));
            }
            return parentName + ", " + name;
        }
        return name;
    }

    private static String typeLabel(String type) {
        return switch (type) {
            case "invoice" -> "Invoice Address";
            case "delivery" -> "Delivery Address";
            case "other" -> "Other Address";
            default -> "Contact";
        };
    }

    /** The first company up the parents, else the top one (loops are refused before this is asked). */
    private static int commercial(Env env, int id) {
        int current = id;
        Set<Integer> seen = new java.util.HashSet<>();
        while (seen.add(current)) {
            Map<String, Object> row = env.db().row("res.partner", current);
            Integer parent = Values.id(row.get("parent_id"));
            if (Values.truthy(row.get("is_company"))
                    || parent == null
                    || env.db().row("res.partner", parent) == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Object complete = row.get("complete_name");
        return complete == null
                ? (row.get("name") == null ? "" : String.valueOf(row.get("name")))
                : String.valueOf(complete);
    }
}
