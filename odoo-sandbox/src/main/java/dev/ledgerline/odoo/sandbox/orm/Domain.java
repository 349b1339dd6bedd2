package dev.ledgerline.odoo.sandbox.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A search domain, parsed from Odoo's prefix notation into a tree. */
public sealed interface Domain {
    Set<String> OPERATORS = Set.of(
            "=",
            "!=",
            "<>",
            "<",
            ">",
            "<=",
            ">=",
            "in",
            "not in",
            "like",
            "not like",
            "ilike",
            "not ilike",
            "=like",
            "=ilike",
            "child_of",
            "parent_of",
            "any",
            "not any",
            "=?");

    Domain TRUE = new Const(true);

    record Const(boolean value) implements Domain {}

    record And(List<Domain> parts) implements Domain {}

    record Or(List<Domain> parts) implements Domain {}

    record Not(Domain part) implements Domain {}

    /**
     * One condition.
     *
     * @param path field name or dotted path
     * @param operator lower-case operator
     * @param value right-hand side as sent
     * @param raw the leaf as sent, for error messages
     */
    record Leaf(String path, String operator, Object value, List<?> raw) implements Domain {}

    static Domain and(Domain a, Domain b) {
        return new And(List.of(a, b));
    }

    /** Parses a JSON domain ({@code null} or {@code false} is the empty domain). */
    static Domain parse(Object json) {
        if (json == null || Boolean.FALSE.equals(json)) {
            return TRUE;
        }
        if (!(json instanceof List<?> items)) {
            throw OdooException.valueError("Invalid domain: " + PythonRepr.of(json));
        }
        if (items.isEmpty()) {
            return TRUE;
        }
        int[] position = {0};
        List<Domain> top = new ArrayList<>();
        while (position[0] < items.size()) {
            top.add(next(items, position));
        }
        return top.size() == 1 ? top.getFirst() : new And(top);
    }

    private static Domain next(List<?> items, int[] position) {
        if (position[0] >= items.size()) {
            throw OdooException.valueError("Domain " + PythonRepr.of(items) + " is syntactically not correct.");
        }
        Object item = items.get(position[0]++);
        if ("&".equals(item)) {
            return new And(List.of(next(items, position), next(items, position)));
        }
        if ("|".equals(item)) {
            return new Or(List.of(next(items, position), next(items, position)));
        }
        if ("!".equals(item)) {
            return new Not(next(items, position));
        }
        if (item instanceof List<?> leaf && leaf.size() == 3) {
            return leaf(leaf);
        }
        if (Boolean.TRUE.equals(item)) {
            return TRUE;
        }
        if (Boolean.FALSE.equals(item)) {
            return new Const(false);
        }
        throw OdooException.valueError("Invalid leaf " + PythonRepr.of(item));
    }

    private static Domain leaf(List<?> leaf) {
        Object left = leaf.get(0);
        Object op = leaf.get(1);
        if (left instanceof Number n && op instanceof String o && "=".equals(o) && leaf.get(2) instanceof Number r) {
            return new Const(n.intValue() == r.intValue());
        }
        if (!(left instanceof String path) || !(op instanceof String operator)) {
            throw OdooException.valueError("Invalid leaf " + PythonRepr.tuple(leaf));
        }
        String normalized = operator.toLowerCase(java.util.Locale.ROOT);
        if (!OPERATORS.contains(normalized)) {
            throw OdooException.valueError("Invalid leaf " + PythonRepr.tuple(leaf));
        }
        if ("<>".equals(normalized)) {
            normalized = "!=";
        }
        return new Leaf(path, normalized, leaf.get(2), leaf);
    }
}
