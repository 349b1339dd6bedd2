package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An {@code order} specification ({@code "write_date asc, id asc"}) as a comparator over stored rows, with
 * PostgreSQL's default NULL placement (last ascending, first descending) and many2one fields ordered by
 * the target model's own order.
 */
final class Ordering {
    private static final Pattern TERM = Pattern.compile("^[a-z0-9_.]+(\\s+(asc|desc))?(\\s+nulls\\s+(first|last))?$");

    private final Comparator<Map<String, Object>> comparator;

    private Ordering(Comparator<Map<String, Object>> comparator) {
        this.comparator = comparator;
    }

    static Ordering parse(Env env, ModelSpec model, String order) {
        return new Ordering(comparator(env, model, order == null || order.isBlank() ? model.order() : order, 0, true));
    }

    private static Comparator<Map<String, Object>> comparator(
            Env env, ModelSpec model, String order, int depth, boolean strict) {
        Comparator<Map<String, Object>> result = null;
        for (String rawTerm : order.split(",")) {
            String term = rawTerm.strip().toLowerCase(Locale.ROOT);
            if (term.isEmpty()) {
                continue;
            }
            if (!TERM.matcher(term).matches()) {
                throw OdooException.valueError(
                        "Invalid \"order\" specified (" + order
                                + "). A valid \"order\" specification is a comma-separated list of valid field names (optionally followed by asc/desc for the direction)");
            }
            String[] words = term.split("\\s+");
            String name = rawTerm.strip().split("\\s+")[0];
            boolean desc = words.length > 1 && words[1].equals("desc");
            boolean nullsFirst = term.contains("nulls first") || (desc && !term.contains("nulls last"));
            FieldSpec field = model.fields().get(name);
            if (field == null) {
                if (!strict) {
                    continue;
                }
                throw OdooException.valueError(
                        "Invalid field " + PythonRepr.of(name) + " on model " + PythonRepr.of(model.name()));
            }
            Comparator<Map<String, Object>> one = field(env, model, field, desc, nullsFirst, depth);
            if (one != null) {
                result = result == null ? one : result.thenComparing(one);
            }
        }
        Comparator<Map<String, Object>> byId = Comparator.comparingInt(row -> (Integer) row.get("id"));
        return result == null ? byId : result.thenComparing(byId);
    }

    private static Comparator<Map<String, Object>> field(
            Env env, ModelSpec model, FieldSpec field, boolean desc, boolean nullsFirst, int depth) {
        if (field.type().isX2Many()) {
            return null;
        }
        Comparator<Object> values;
        if (field.type() == FieldType.MANY2ONE) {
            if (depth > 1) {
                values = Comparator.comparingInt(v -> ((Number) v).intValue());
            } else {
                ModelSpec target = env.db().schema().require(field.relation());
                Comparator<Map<String, Object>> inner = comparator(env, target, target.order(), depth + 1, false);
                values = (a, b) -> inner.compare(
                        rowOf(env, target, ((Number) a).intValue()), rowOf(env, target, ((Number) b).intValue()));
            }
        } else {
            values = Ordering::compareScalars;
        }
        Comparator<Object> directed = desc ? values.reversed() : values;
        return (a, b) -> {
            Object va = Reading.storedForCompare(env, model, a, field);
            Object vb = Reading.storedForCompare(env, model, b, field);
            if (va == null || vb == null) {
                if (va == vb) {
                    return 0;
                }
                return (va == null) == nullsFirst ? -1 : 1;
            }
            return directed.compare(va, vb);
        };
    }

    private static Map<String, Object> rowOf(Env env, ModelSpec model, int id) {
        Map<String, Object> row = env.db().row(model.name(), id);
        return row == null ? Map.of("id", id) : row;
    }

    private static int compareScalars(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    List<Integer> sorted(List<Map<String, Object>> rows) {
        List<Map<String, Object>> copy = new ArrayList<>(rows);
        copy.sort(comparator);
        return copy.stream().map(row -> (Integer) row.get("id")).toList();
    }

    List<Map<String, Object>> sortedRows(List<Map<String, Object>> rows) {
        List<Map<String, Object>> copy = new ArrayList<>(rows);
        copy.sort(comparator);
        return copy;
    }
}
