package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Hierarchy;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code res.partner}: the name check, "Company, Contact" names that follow the company's current name, the
 * commercial partner, and the refusal of loops in the hierarchy.
 */
final class PartnerBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "res.partner";
    }

    @Override
    public Set<String> ignoredFields() {
        return Set.of("commercial_partner_id", "commercial_company_name", "complete_name");
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (!hasName(values.get("name"), values.get("type"))) {
            // The name check is a table constraint in Odoo: the refused INSERT has used its id.
            env.db().consumeId(model());
        }
        requireName(values.get("name"), values.get("type"));
        if (values.get("parent_id") != null) {
            values.remove("company_name");
        }
    }

    @Override
    public void afterCreate(Env env, int id) {
        checkRecursion(env, List.of(id));
        // children linked by the create's child_ids were renamed by their own write
        refreshNames(env, List.of(id));
    }

    /** Odoo's {@code _check_parent_id}: a partner may not be its own ancestor. */
    private static void checkRecursion(Env env, List<Integer> ids) {
        if (Hierarchy.hasCycle(env, "res.partner", ids)) {
            throw OdooException.validationError("You cannot create recursive Partner hierarchies.");
        }
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        if (values.get("parent_id") != null) {
            // a contact moved under a company drops the company name it had of its own
            values.put("company_name", null);
        }
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
        if (fields.stream().anyMatch(NAME_DEPENDS::contains)) {
            refreshNames(env, withDescendants(env, ids));
        }
    }

    /**
     * What the stored names depend on ({@code _compute_commercial_partner}, {@code
     * _compute_commercial_company_name}, {@code _compute_complete_name}).
     */
    private static final Set<String> NAME_DEPENDS =
            Set.of("name", "parent_id", "child_ids", "is_company", "type", "company_name");

    /**
     * Recomputes the commercial partner, its company name and the complete name of the partners, in the order
     * given (parents first): a contact's name shows its company's current name.
     */
    private static void refreshNames(Env env, List<Integer> ids) {
        for (Integer id : ids) {
            int commercial = commercial(env, id);
            env.db().set("res.partner", id, "commercial_partner_id", commercial);
            Map<String, Object> row = env.db().row("res.partner", id);
            Map<String, Object> commercialRow = env.db().row("res.partner", commercial);
            Object companyName = Values.truthy(commercialRow.get("is_company"))
                    ? commercialRow.get("name")
                    : row.get("company_name");
            env.db().set("res.partner", id, "commercial_company_name", companyName);
            env.db()
                    .set(
                            "res.partner",
                            id,
                            "complete_name",
                            completeName(env, env.db().row("res.partner", id)));
        }
    }

    /** The partners and their descendants, each after its parent. */
    private static List<Integer> withDescendants(Env env, List<Integer> ids) {
        Set<Integer> ordered = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(ids);
        Set<Integer> queued = new HashSet<>(ids);
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (Map<String, Object> row : env.db().rows("res.partner")) {
            Integer parent = Values.id(row.get("parent_id"));
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add((Integer) row.get("id"));
            }
        }
        while (!todo.isEmpty()) {
            int id = todo.removeFirst();
            ordered.add(id);
            children.getOrDefault(id, List.of()).stream().filter(queued::add).forEach(todo::addLast);
        }
        return List.copyOf(ordered);
    }

    private static boolean hasName(Object name, Object type) {
        return Values.truthy(name) || (type != null && !"contact".equals(type));
    }

    private static void requireName(Object name, Object type) {
        if (!hasName(name, type)) {
            throw OdooException.validationError("The operation cannot be completed: Contacts require a name");
        }
    }

    /**
     * Odoo's {@code _get_complete_name}: a contact (not a company) under a parent, or with a company name of its
     * own, reads "Company, Name", where the company is its commercial partner's name when that is a company,
     * else its own company name, else its direct parent's name; an address without a name shows its type.
     */
    private static String completeName(Env env, Map<String, Object> row) {
        String name = row.get("name") == null ? "" : String.valueOf(row.get("name"));
        Map<String, Object> parent = env.row("res.partner", Values.id(row.get("parent_id")));
        boolean companyName = Values.truthy(row.get("company_name"));
        if (companyName || parent != null) {
            String type = row.get("type") == null ? null : String.valueOf(row.get("type"));
            if (name.isEmpty() && ADDRESS_TYPES.containsKey(type)) {
                name = ADDRESS_TYPES.get(type);
            }
            if (!Values.truthy(row.get("is_company"))) {
                Object company = commercialCompanyName(env, row);
                if (!Values.truthy(company)) {
                    company = parent == null ? null : parent.get("name");
                }
                name = (company == null ? "False" : String.valueOf(company)) + ", " + name;
            }
        }
        return name.strip();
    }

    /** {@code commercial_company_name}: the commercial partner's name if it is a company, else the company name. */
    private static Object commercialCompanyName(Env env, Map<String, Object> row) {
        Map<String, Object> commercial = env.row("res.partner", commercial(env, (Integer) row.get("id")));
        return commercial != null && Values.truthy(commercial.get("is_company"))
                ? commercial.get("name")
                : row.get("company_name");
    }

    /** The address types whose label stands in for a missing name. */
    private static final Map<String, String> ADDRESS_TYPES =
            Map.of("invoice", "Invoice Address", "delivery", "Delivery Address", "other", "Other Address");

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

    /** The display name is computed on every read from the current names, as Odoo computes it. */
    @Override
    public String displayName(Env env, Map<String, Object> row) {
        return completeName(env, row);
    }
}
