package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Builds the neutral tree of one JSON value ({@code Map}, {@code List}, {@code String},
 * {@code BigDecimal}, {@code BigInteger}, {@code Boolean}, null) from a parser positioned on its
 * first token. Values beyond the per-item limits are not kept: each becomes a {@code Problem} at
 * its path, so one hostile item is refused while the rest of the batch goes on.
 */
final class TreeReader {

    private static final int MAX_EXPONENT = 1000;

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;

    TreeReader(int maxDepth, int maxStringLength, int maxNumberLength) {
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
        this.maxNumberLength = maxNumberLength;
    }

    Object read(JsonParser p, String path, int depth, Problems problems) {
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> depth > maxDepth ? tooDeep(p, path, problems) : object(p, path, depth, problems);
            case START_ARRAY -> depth > maxDepth ? tooDeep(p, path, problems) : array(p, path, depth, problems);
            case VALUE_STRING -> string(p, path, problems);
            case VALUE_NUMBER_INT -> integer(p, path, problems);
            case VALUE_NUMBER_FLOAT -> decimal(p, path, problems);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private Object tooDeep(JsonParser p, String path, Problems problems) {
        problems.add(ErrorCode.TOO_DEEP, path, "nested deeper than " + maxDepth + " levels");
        p.skipChildren();
        return null;
    }

    private Map<String, Object> object(JsonParser p, String path, int depth, Problems problems) {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            String at = path.isEmpty() ? name : path + "." + name;
            if (name.length() > maxStringLength) {
                problems.add(ErrorCode.STRING_TOO_LONG, path, "a field name is longer than " + maxStringLength);
                at = path;
            }
            p.nextToken();
            Object value = read(p, at, depth + 1, problems);
            if (map.containsKey(name)) {
                problems.add(ErrorCode.INVALID_VALUE, at, "field " + abbreviate(name) + " appears twice");
            }
            map.put(name, value);
        }
        return map;
    }

    private List<Object> array(JsonParser p, String path, int depth, Problems problems) {
        List<Object> list = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(read(p, path + "[" + i + "]", depth + 1, problems));
            i++;
        }
        return list;
    }

    private String string(JsonParser p, String path, Problems problems) {
        if (p.getStringLength() > maxStringLength) {
            problems.add(ErrorCode.STRING_TOO_LONG, path, "longer than " + maxStringLength + " characters");
            return null;
        }
        return p.getString();
    }

    private Object integer(JsonParser p, String path, Problems problems) {
        if (p.getStringLength() > maxNumberLength) {
            return outOfRange(path, problems);
        }
        return p.getBigIntegerValue();
    }

    private Object decimal(JsonParser p, String path, Problems problems) {
        if (p.isNaN()) {
            problems.add(ErrorCode.INVALID_VALUE, path, "NaN and Infinity are not numbers");
            return null;
        }
        if (p.getStringLength() > maxNumberLength) {
            return outOfRange(path, problems);
        }
        BigDecimal d = p.getDecimalValue();
        if (Math.abs((long) d.scale()) > MAX_EXPONENT) {
            return outOfRange(path, problems);
        }
        return d;
    }

    private static Object outOfRange(String path, Problems problems) {
        problems.add(ErrorCode.NUMBER_OUT_OF_RANGE, path, "number out of range");
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "…";
    }
}
