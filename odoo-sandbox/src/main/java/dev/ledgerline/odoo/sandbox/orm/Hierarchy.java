package dev.ledgerline.odoo.sandbox.orm;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records linked by {@code parent_id}: {@code child_of} / {@code parent_of} (the records below or above some
 * records) and the loops Odoo's recursion checks refuse.
 */
public final class Hierarchy {
    private Hierarchy() {}

    /**
     * Whether one of the records is its own ancestor through {@code parent_id}, as Odoo's {@code _has_cycle}
     * tells: the check every hierarchy constraint makes after a write.
     */
    public static boolean hasCycle(Env env, String model, Collection<Integer> ids) {
        for (Integer start : ids) {
            Set<Integer> seen = new HashSet<>();
            Integer current = start;
            while (current != null && seen.add(current)) {
                Map<String, Object> row = env.db().row(model, current);
                current = row == null ? null : Values.id(row.get("parent_id"));
                if (start.equals(current)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The parent-store check of models that keep a {@code parent_path} (departments, analytic plans): a record
     * placed under itself or one of its descendants is refused with Odoo's UserError.
     */
    public static void checkParentStore(Env env, String model, Collection<Integer> ids) {
        if (hasCycle(env, model, ids)) {
            throw OdooException.userError("Recursion Detected.");
        }
    }

    static Set<Integer> family(Env env, String model, Set<Integer> roots, boolean descendants) {
        Set<Integer> family = new HashSet<>(roots);
        if (!env.db().schema().require(model).has("parent_id")) {
            return family;
        }
        Deque<Integer> todo = new ArrayDeque<>(roots);
        if (descendants) {
            while (!todo.isEmpty()) {
                int parent = todo.pop();
                for (Map<String, Object> row : env.db().rows(model)) {
                    Object p = row.get("parent_id");
                    if (p != null && ((Number) p).intValue() == parent && family.add((Integer) row.get("id"))) {
                        todo.push((Integer) row.get("id"));
                    }
                }
            }
        } else {
            while (!todo.isEmpty()) {
                Map<String, Object> row = env.db().row(model, todo.pop());
                Object p = row == null ? null : row.get("parent_id");
                if (p != null && family.add(((Number) p).intValue())) {
                    todo.push(((Number) p).intValue());
                }
            }
        }
        return family;
    }
}
