package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Odoo's x2many commands: {@code (0,0,vals)} create, {@code (1,id,vals)} update, {@code (2,id)} delete,
 * {@code (3,id)} unlink, {@code (4,id)} link, {@code (5,)} clear, {@code (6,0,ids)} set; a plain id list
 * means set.
 */
final class X2ManyCommands {
    private X2ManyCommands() {}

    /** Applies the commands of one field to one record that already exists. */
    @SuppressWarnings("unchecked")
    static void apply(Env env, ModelSpec model, int id, FieldSpec field, Object commands) {
        List<Object> list = commands instanceof List<?> l ? (List<Object>) l : List.of();
        if (!list.isEmpty() && !(list.getFirst() instanceof List<?>)) {
            list = List.of(List.of(6, 0, list));
        }
        if (field.type() == FieldType.MANY2MANY || field.relationField() == null) {
            applyMany2many(env, model, id, field, list);
        } else {
            applyOne2many(env, model, id, field, list);
        }
    }

    private static void applyOne2many(Env env, ModelSpec model, int id, FieldSpec field, List<Object> commands) {
        Records children = env.orm().records(env, field.relation());
        String inverse = field.relationField();
        for (Object raw : commands) {
            List<?> command = (List<?>) raw;
            int code = ((Number) command.get(0)).intValue();
            switch (code) {
                case 0 -> {
                    Map<String, Object> values = new HashMap<>(valuesOf(command));
                    values.put(inverse, id);
                    children.create(values);
                }
                case 1 -> children.write(List.of(Values.id(command.get(1))), valuesOf(command));
                case 2 -> children.unlink(List.of(Values.id(command.get(1))));
                case 3 -> detach(env, field, Values.id(command.get(1)));
                case 4 -> children.write(List.of(Values.id(command.get(1))), mapOf(inverse, id));
                case 5 -> current(env, model, id, field).forEach(child -> detach(env, field, child));
                case 6 -> {
                    Set<Integer> wanted = new LinkedHashSet<>(Values.ids(command.get(2)));
                    for (Integer child : current(env, model, id, field)) {
                        if (!wanted.contains(child)) {
                            detach(env, field, child);
                        }
                    }
                    for (Integer child : wanted) {
                        children.write(List.of(child), mapOf(inverse, id));
                    }
                }
                default -> throw OdooException.valueError("Unknown command " + code);
            }
        }
    }

    /** Odoo deletes a detached child whose inverse many2one is required (ondelete cascade) and clears it otherwise. */
    private static void detach(Env env, FieldSpec field, Integer child) {
        ModelSpec target = env.db().schema().require(field.relation());
        if (target.require(field.relationField()).required()) {
            env.orm().records(env, field.relation()).unlink(List.of(child));
        } else {
            env.orm().records(env, field.relation()).write(List.of(child), mapOf(field.relationField(), false));
        }
    }

    private static List<Integer> current(Env env, ModelSpec model, int id, FieldSpec field) {
        return Reading.x2manyIds(env, model, env.db().row(model.name(), id), field);
    }

    @SuppressWarnings("unchecked")
    private static void applyMany2many(Env env, ModelSpec model, int id, FieldSpec field, List<Object> commands) {
        Map<String, Object> row = env.db().row(model.name(), id);
        Object stored = row.get(field.name());
        List<Integer> ids = new ArrayList<>(stored == null ? List.of() : (List<Integer>) stored);
        for (Object raw : commands) {
            List<?> command = (List<?>) raw;
            int code = ((Number) command.get(0)).intValue();
            switch (code) {
                case 0 -> ids.add(env.orm().records(env, field.relation()).create(valuesOf(command)));
                case 1 ->
                    env.orm()
                            .records(env, field.relation())
                            .write(List.of(Values.id(command.get(1))), valuesOf(command));
                case 2 -> {
                    Integer target = Values.id(command.get(1));
                    env.orm().records(env, field.relation()).unlink(List.of(target));
                    ids.remove(target);
                }
                case 3 -> ids.remove(Values.id(command.get(1)));
                case 4 -> {
                    Integer target = Values.id(command.get(1));
                    if (!ids.contains(target)) {
                        ids.add(target);
                    }
                }
                case 5 -> ids.clear();
                case 6 -> {
                    ids.clear();
                    for (Integer target : Values.ids(command.get(2))) {
                        if (!ids.contains(target)) {
                            ids.add(target);
                        }
                    }
                }
                default -> throw OdooException.valueError("Unknown command " + code);
            }
        }
        for (Integer target : ids) {
            if (!env.db().exists(field.relation(), target) && env.orm().seededOrReal(field.relation())) {
                String[] tables = {
                    model.table(), env.db().schema().require(field.relation()).table()
                };
                java.util.Arrays.sort(tables);
                String relTable = tables[0] + "_" + tables[1] + "_rel";
                throw OdooException.foreignKey(
                        "Unknown",
                        "unknown",
                        relTable + "_"
                                + env.db().schema().require(field.relation()).table() + "_id_fkey");
            }
        }
        env.db().set(model.name(), id, field.name(), List.copyOf(ids));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> valuesOf(List<?> command) {
        Object values = command.size() > 2 ? command.get(2) : null;
        return values instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }
}
