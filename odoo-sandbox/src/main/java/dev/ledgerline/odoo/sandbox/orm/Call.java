package dev.ledgerline.odoo.sandbox.orm;

import java.util.List;
import java.util.Map;

/**
 * The arguments of a model method as Odoo receives them: positional {@code args} (for record methods
 * the first is the ids) and named {@code kwargs}.
 *
 * @param model the model called
 * @param method the method name
 * @param args positional arguments
 * @param kwargs named arguments, without {@code context}
 */
public record Call(String model, String method, List<Object> args, Map<String, Object> kwargs) {
    public static final Object ABSENT = new Object();

    public Call {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        kwargs = kwargs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(kwargs));
    }

    /** The argument at {@code index} or named {@code name}, or {@link #ABSENT}. */
    public Object arg(int index, String name) {
        if (index >= 0 && index < args.size()) {
            return args.get(index);
        }
        return kwargs.containsKey(name) ? kwargs.get(name) : ABSENT;
    }

    public Object arg(int index, String name, Object fallback) {
        Object value = arg(index, name);
        return value == ABSENT ? fallback : value;
    }

    public boolean has(int index, String name) {
        return arg(index, name) != ABSENT;
    }

    /** The record ids of a record method (its first positional argument). */
    public List<Integer> ids() {
        return Values.ids(arg(0, "ids", List.of()));
    }

    /** The arguments after the ids, for record methods. */
    public Call shifted() {
        return new Call(model, method, args.isEmpty() ? List.of() : args.subList(1, args.size()), kwargs);
    }
}
