package dev.ledgerline.odoo.sandbox.orm;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Python's {@code repr} of JSON values, as Odoo's messages quote them. */
public final class PythonRepr {
    private PythonRepr() {}

    public static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return s.contains("'") && !s.contains("\"")
                    ? '"' + s + '"'
                    : "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf(d) : Double.toString(d);
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                out.append(of(it.next()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<?, ?> e = it.next();
                out.append(of(e.getKey())).append(": ").append(of(e.getValue()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        return String.valueOf(value);
    }

    /** A Python tuple of the leaf's three parts, as in {@code ('name', 'ilike', 'x')}. */
    public static String tuple(List<?> items) {
        String inner = of(items);
        return '(' + inner.substring(1, inner.length() - 1) + (items.size() == 1 ? ",)" : ")");
    }

    /** Odoo's recordset id tuple, as in {@code (999,)} or {@code (1, 2)}. */
    public static String idTuple(Iterable<Integer> ids) {
        StringBuilder out = new StringBuilder("(");
        int count = 0;
        for (Integer id : ids) {
            if (count++ > 0) {
                out.append(", ");
            }
            out.append(id);
        }
        return out.append(count == 1 ? ",)" : ")").toString();
    }
}
