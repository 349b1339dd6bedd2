package dev.ledgerline.odoo.sandbox.base;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Hierarchy;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model Odoo keeps as a parent store ({@code _parent_store}: departments, analytic plans): {@code
 * parent_path} ("1/4/7/"), the complete name "Parent / Child" that is also the display name, and Odoo's
 * refusal of a record placed under itself or one of its descendants ("Recursion Detected.").
 *
 * @param model the model
 * @param rootField the many2one to the top of the hierarchy, read from {@code parent_path}
 */
record ParentStoreBehaviour(String model, String rootField) implements ModelBehaviour {

    @Override
    public Set<String> ignoredFields() {
        return Set.of("parent_path", "complete_name", rootField);
    }

    @Override
    public void afterCreate(Env env, int id) {
        refresh(env, List.of(id));
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (fields.contains("parent_id") || fields.contains("child_ids") || fields.contains("name")) {
            refresh(env, ids);
        }
    }

    /** Checks for loops, then recomputes the records and everything below them, parents first. */
    private void refresh(Env env, List<Integer> ids) {
        Hierarchy.checkParentStore(env, model, ids);
        for (Integer id : withDescendants(env, ids)) {
            Map<String, Object> row = env.db().row(model, id);
            Map<String, Object> parent = env.row(model, Values.id(row.get("parent_id")));
            String name = row.get("name") == null ? "" : String.valueOf(row.get("name"));
            String path = (parent == null ? "" : String.valueOf(parent.get("parent_path"))) + id + "/";
            env.db().set(model, id, "parent_path", path);
            env.db()
                    .set(
                            model,
                            id,
                            "complete_name",
                            parent == null ? name : parent.get("complete_name") + " / " + name);
        }
    }

    /** The records and their descendants, each after its parent. */
    private List<Integer> withDescendants(Env env, List<Integer> ids) {
        Set<Integer> ordered = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(ids);
        Set<Integer> queued = new HashSet<>(ids);
        while (!todo.isEmpty()) {
            int id = todo.removeFirst();
            ordered.add(id);
            List<Integer> children = new ArrayList<>();
            for (Map<String, Object> row : env.db().rows(model)) {
                if (Integer.valueOf(id).equals(Values.id(row.get("parent_id")))) {
                    children.add((Integer) row.get("id"));
                }
            }
            children.stream().filter(queued::add).forEach(todo::addLast);
        }
        return List.copyOf(ordered);
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        if (!field.equals(rootField)) {
            return NOT_COMPUTED;
        }
        Object path = row.get("parent_path");
        return path == null
                ? row.get("id")
                : Integer.valueOf(String.valueOf(path).split("/")[0]);
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Object complete = row.get("complete_name");
        return complete == null ? null : String.valueOf(complete);
    }
}
