package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the neutral JSON tree of a record's {@code data} in the contract's wire form: money, hours
 * and rates as decimal strings, dates and instants as ISO text, whole numbers as {@link BigInteger};
 * null values are left out, as a source would leave out what it does not know.
 */
final class DataTree {

    private final Map<String, Object> map = new LinkedHashMap<>();

    static DataTree data() {
        return new DataTree();
    }

    DataTree put(String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
        return this;
    }

    DataTree put(String name, BigDecimal value) {
        if (value != null) {
            map.put(name, value.toPlainString());
        }
        return this;
    }

    DataTree put(String name, LocalDate value) {
        if (value != null) {
            map.put(name, value.toString());
        }
        return this;
    }

    DataTree put(String name, Instant value) {
        if (value != null) {
            map.put(name, value.toString());
        }
        return this;
    }

    DataTree put(String name, Integer value) {
        if (value != null) {
            map.put(name, BigInteger.valueOf(value));
        }
        return this;
    }

    DataTree put(String name, Boolean value) {
        if (value != null) {
            map.put(name, value);
        }
        return this;
    }

    DataTree put(String name, DataTree value) {
        if (value != null) {
            map.put(name, value.map);
        }
        return this;
    }

    DataTree put(String name, List<DataTree> values) {
        if (values != null) {
            List<Object> list = new ArrayList<>(values.size());
            values.forEach(v -> list.add(v.map));
            map.put(name, list);
        }
        return this;
    }

    /** An array of strings. */
    DataTree putTexts(String name, List<String> values) {
        if (values != null) {
            map.put(name, new ArrayList<Object>(values));
        }
        return this;
    }

    /** An object of decimals keyed by text ({@code rateCard}, {@code employeeRates}). */
    DataTree putRates(String name, Map<String, BigDecimal> rates) {
        if (rates != null) {
            DataTree tree = data();
            rates.forEach(tree::put);
            map.put(name, tree.map);
        }
        return this;
    }

    Map<String, Object> map() {
        return map;
    }
}
