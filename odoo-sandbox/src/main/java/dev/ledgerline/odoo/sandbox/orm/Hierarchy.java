package dev.ledgerline.odoo.sandbox.orm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code child_of} / {@code parent_of}: the records below or above some records through {@code parent_id}. */
final class Hierarchy {
    private Hierarchy() {}

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
