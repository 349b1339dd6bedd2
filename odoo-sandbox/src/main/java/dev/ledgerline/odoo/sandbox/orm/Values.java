package dev.ledgerline.odoo.sandbox.orm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reading the loosely typed values of a JSON request the way Python would. */
public final class Values {
    private Values() {}

    /** Python truthiness. */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    public static Integer id(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return id(list.get(0));
        }
        if (value instanceof String s) {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                throw OdooException.valueError("invalid literal for int() with base 10: " + PythonRepr.of(s));
            }
        }
        throw new OdooException(
                OdooException.TYPE_ERROR,
                "int() argument must be a string, a bytes-like object or a real number, not '" + pythonType(value)
                        + "'");
    }

    public static List<Integer> ids(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return List.of();
        }
        if (value instanceof Number n) {
            return List.of(n.intValue());
        }
        if (value instanceof List<?> list) {
            List<Integer> ids = new ArrayList<>(list.size());
            for (Object item : list) {
                Integer id = id(item);
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        }
        throw new OdooException(OdooException.TYPE_ERROR, "'" + pythonType(value) + "' object is not iterable");
    }

    public static double toDouble(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return 0.0;
        }
        if (Boolean.TRUE.equals(value)) {
            return 1.0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw OdooException.valueError("could not convert string to float: " + PythonRepr.of(s));
            }
        }
        throw new OdooException(
                OdooException.TYPE_ERROR,
                "float() argument must be a string or a real number, not '" + pythonType(value) + "'");
    }

    public static long toLong(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return 0L;
        }
        if (Boolean.TRUE.equals(value)) {
            return 1L;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw OdooException.valueError("invalid literal for int() with base 10: " + PythonRepr.of(s));
            }
        }
        throw new OdooException(
                OdooException.TYPE_ERROR,
                "int() argument must be a string, a bytes-like object or a real number, not '" + pythonType(value)
                        + "'");
    }

    public static BigDecimal decimal(Object value) {
        return BigDecimal.valueOf(toDouble(value));
    }

    public static String text(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        if (Boolean.TRUE.equals(value)) {
            return "True";
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d);
        }
        return String.valueOf(value);
    }

    public static String pythonType(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "int";
        }
        if (value instanceof Number) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof List) {
            return "list";
        }
        if (value instanceof Map) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }
}
