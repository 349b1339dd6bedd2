package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.Ref;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of one JSON object of an envelope, read as typed values. Every read that fails adds a
 * {@link Problem} with the value's full path and returns null, so a reader can go on and collect
 * every problem of the item. A missing value and JSON {@code null} are the same.
 */
final class Fields {

    /** Amounts, hours and rates: at most this many digits before the decimal point. */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Amounts, hours and rates: at most this many decimals. */
    static final int MAX_DECIMALS = 6;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;

    private final Map<String, Object> map;
    private final String path;
    private final Problems problems;
    private final String source;

    Fields(Map<String, Object> map, String path, Problems problems, String source) {
        this.map = map;
        this.path = path;
        this.problems = problems;
        this.source = source;
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    Problems problems() {
        return problems;
    }

    String source() {
        return source;
    }

    boolean has(String name) {
        return map.get(name) != null;
    }

    Object raw(String name) {
        return map.get(name);
    }

    /** Whether the value is text (or a whole number, which references accept as text). */
    boolean isText(String name) {
        Object v = map.get(name);
        return v instanceof String || v instanceof BigInteger;
    }

    void problem(ErrorCode code, String name, String message) {
        problems.add(code, path(name), message);
    }

    private Object value(String name, boolean required) {
        Object v = map.get(name);
        if (v == null && required) {
            problem(ErrorCode.MISSING_FIELD, name, name + " is required");
        }
        return v;
    }

    private void wrongType(String name, String expected) {
        problem(ErrorCode.INVALID_VALUE, name, name + " must be " + expected);
    }

    String text(String name, boolean required) {
        Object v = value(name, required);
        if (v == null) {
            return null;
        }
        if (v instanceof BigInteger i) {
            return i.toString();
        }
        if (!(v instanceof String s)) {
            wrongType(name, "a string");
            return null;
        }
        if (s.isBlank()) {
            if (required) {
                problem(ErrorCode.MISSING_FIELD, name, name + " must not be blank");
            }
            return null;
        }
        return s;
    }

    Boolean bool(String name) {
        Object v = value(name, false);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        wrongType(name, "true or false");
        return null;
    }

    Integer integer(String name, boolean required, int min, int max) {
        Object v = value(name, required);
        if (v == null) {
            return null;
        }
        BigInteger i = switch (v) {
            case BigInteger b -> b;
            case BigDecimal d
            when d.stripTrailingZeros().scale() <= 0 && d.precision() - d.scale() < 12 -> d.toBigIntegerExact();
            default -> null;
        };
        if (i == null || i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
            problem(ErrorCode.INVALID_VALUE, name, name + " must be a whole number from " + min + " to " + max);
            return null;
        }
        return i.intValue();
    }

    /** An exact decimal from a JSON number or a string, within the sane range of money and hours. */
    BigDecimal decimal(String name, boolean required) {
        Object v = value(name, required);
        if (v == null) {
            return null;
        }
        BigDecimal d = switch (v) {
            case BigDecimal b -> b;
            case BigInteger i -> new BigDecimal(i);
            case String s -> parseDecimal(s);
            default -> null;
        };
        if (d == null) {
            wrongType(name, "a decimal number");
            return null;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            problem(
                    ErrorCode.NUMBER_OUT_OF_RANGE,
                    name,
                    name + " must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
            return null;
        }
        if (stripped.scale() > MAX_DECIMALS) {
            problem(ErrorCode.INVALID_VALUE, name, name + " must have at most " + MAX_DECIMALS + " decimals");
            return null;
        }
        return d;
    }

    private static BigDecimal parseDecimal(String s) {
        if (s.isEmpty() || s.length() > 64 || !Character.isDigit(s.charAt(s.length() - 1))) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    LocalDate date(String name, boolean required) {
        String s = stringValue(name, required, "an ISO date (2026-03-02)");
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
                throw new DateTimeException("year out of range");
            }
            return d;
        } catch (DateTimeException e) {
            wrongType(name, "an ISO date (2026-03-02)");
            return null;
        }
    }

    Instant instant(String name, boolean required) {
        String s = stringValue(name, required, "an ISO instant (2026-03-02T17:00:00Z)");
        if (s == null) {
            return null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            if (t.getYear() < MIN_YEAR || t.getYear() > MAX_YEAR) {
                throw new DateTimeException("year out of range");
            }
            return t.toInstant();
        } catch (DateTimeException e) {
            wrongType(name, "an ISO instant with offset (2026-03-02T17:00:00Z)");
            return null;
        }
    }

    private String stringValue(String name, boolean required, String expected) {
        Object v = value(name, required);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        wrongType(name, expected);
        return null;
    }

    /** An enum from its lower-case wire value ({@code time_and_materials}). */
    <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
        String s = stringValue(name, required, "one of " + wireValues(type));
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(s)) {
                return e;
            }
        }
        wrongType(name, "one of " + wireValues(type));
        return null;
    }

    private static <E extends Enum<E>> List<String> wireValues(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    String currency(String name, boolean required) {
        String s = text(name, required);
        if (s == null) {
            return null;
        }
        if (!CURRENCY.matcher(s).matches() || !isIsoCurrency(s)) {
            wrongType(name, "an ISO-4217 currency code");
            return null;
        }
        return s;
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A reference to another record: its externalId in this record's source, or {@code source:externalId}. */
    Ref ref(String name, boolean required) {
        String s = text(name, required);
        return s == null ? null : toRef(name, s);
    }

    private Ref toRef(String name, String s) {
        try {
            return Ref.parse(s, source);
        } catch (IllegalArgumentException e) {
            wrongType(name, "a reference (externalId or source:externalId)");
            return null;
        }
    }

    Fields object(String name, boolean required) {
        Object v = value(name, required);
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            return new Fields(asObject(m), path(name), problems, source);
        }
        wrongType(name, "an object");
        return null;
    }

    /** The objects of a JSON array, each read at {@code name[i]}; null when absent. */
    List<Fields> objects(String name) {
        List<?> list = list(name);
        if (list == null) {
            return null;
        }
        List<Fields> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path(name) + "[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> m) {
                result.add(new Fields(asObject(m), at, problems, source));
            } else {
                problems.add(ErrorCode.INVALID_VALUE, at, name + "[" + i + "] must be an object");
            }
        }
        return result;
    }

    List<String> texts(String name) {
        List<?> list = list(name);
        if (list == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof String s) {
                result.add(s);
            } else if (item instanceof BigInteger b) {
                result.add(b.toString());
            } else {
                problems.add(ErrorCode.INVALID_VALUE, path(name) + "[" + i + "]", "must be a string");
            }
        }
        return result;
    }

    private List<?> list(String name) {
        Object v = value(name, false);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> l) {
            return l;
        }
        wrongType(name, "an array");
        return null;
    }

    /** An object whose values are decimals, keyed by text ({@code rateCard}: role → rate). */
    Map<String, BigDecimal> decimalMap(String name) {
        Fields object = object(name, false);
        if (object == null) {
            return null;
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (String key : object.map.keySet()) {
            BigDecimal d = object.decimal(key, true);
            if (d != null) {
                result.put(key, d);
            }
        }
        return result;
    }

    /** Like {@link #decimalMap} with references as keys ({@code employeeRates}: employee → rate). */
    Map<Ref, BigDecimal> refDecimalMap(String name) {
        Map<String, BigDecimal> byText = decimalMap(name);
        if (byText == null) {
            return null;
        }
        Map<Ref, BigDecimal> result = new LinkedHashMap<>();
        byText.forEach((key, rate) -> {
            Ref ref = toRef(name + "." + key, key);
            if (ref != null) {
                result.put(ref, rate);
            }
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
