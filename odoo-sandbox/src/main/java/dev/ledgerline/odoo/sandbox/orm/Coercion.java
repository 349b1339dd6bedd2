package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the value a caller sends for a field into the value stored, with Odoo's conversions and errors. */
final class Coercion {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATETIME =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?");

    private Coercion() {}

    /** The stored form of a scalar or many2one value; x2many values are handled by {@link X2ManyCommands}. */
    static Object toStored(ModelSpec model, FieldSpec field, Object value) {
        return switch (field.type()) {
            case BOOLEAN -> Values.truthy(value);
            case INTEGER -> value == null || Boolean.FALSE.equals(value) ? 0L : Values.toLong(value);
            case FLOAT, MONETARY -> Values.toDouble(value);
            case CHAR, TEXT, HTML -> Values.text(value);
            case SELECTION -> selection(model, field, value);
            case DATE -> date(value);
            case DATETIME -> datetime(value);
            case MANY2ONE -> Values.id(value);
            case JSON, PROPERTIES, PROPERTIES_DEFINITION -> Values.truthy(value) || value instanceof Map ? value : null;
            case MANY2ONE_REFERENCE -> value == null || Boolean.FALSE.equals(value) ? null : Values.toLong(value);
            case REFERENCE -> Values.text(value);
            case BINARY -> Values.truthy(value) ? String.valueOf(value) : null;
            case ONE2MANY, MANY2MANY -> throw new IllegalArgumentException(field.name() + " is x2many");
        };
    }

    private static Object selection(ModelSpec model, FieldSpec field, Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        String text = value instanceof String s ? s : null;
        if (text == null || !field.selection().contains(text)) {
            if (field.selection().isEmpty() && text != null) {
                return text;
            }
            throw OdooException.valueError(
                    "Wrong value for " + model.name() + "." + field.name() + ": " + PythonRepr.of(value));
        }
        return text;
    }

    static String date(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        String text = String.valueOf(value).strip();
        Matcher m = DATE.matcher(text.length() >= 10 ? text.substring(0, Math.min(text.length(), 10)) : text);
        if (!m.matches()) {
            throw DatabaseErrors.invalidDateSyntax("date", text);
        }
        try {
            return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .toString();
        } catch (java.time.DateTimeException e) {
            throw DatabaseErrors.dateOutOfRange(text, Integer.parseInt(m.group(2)) > 12);
        }
    }

    static String datetime(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        String text = String.valueOf(value).strip();
        Matcher m = DATETIME.matcher(text);
        if (!m.matches()) {
            Matcher d = DATE.matcher(text);
            if (d.matches()) {
                return date(text) + " 00:00:00";
            }
            throw DatabaseErrors.invalidDateSyntax("timestamp without time zone", text);
        }
        try {
            LocalDateTime time = LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Database.DATETIME.format(time);
        } catch (java.time.DateTimeException e) {
            throw DatabaseErrors.dateOutOfRange(text, Integer.parseInt(m.group(2)) > 12);
        }
    }

    /** A defensive copy of a JSON value, so that stored JSON cannot change behind the store's back. */
    static Object copyJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copyJson(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Coercion::copyJson).toList();
        }
        return value;
    }
}
