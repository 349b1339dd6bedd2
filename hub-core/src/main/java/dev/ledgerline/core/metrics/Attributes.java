package dev.ledgerline.core.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The non-calendar dimension values of a fact; absent means "does not apply" (a null group value). */
public record Attributes(Map<Dimension, String> values) {

    public static final Attributes NONE = new Attributes(Map.of());

    public Attributes {
        EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
        values.forEach((d, v) -> {
            if (v != null) {
                copy.put(d, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public Attributes with(Dimension dimension, String value) {
        EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
        copy.putAll(values);
        if (value == null) {
            copy.remove(dimension);
        } else {
            copy.put(dimension, value);
        }
        return new Attributes(copy);
    }

    public Attributes with(Dimension dimension, Object value) {
        return with(dimension, value == null ? null : value.toString());
    }

    public String get(Dimension dimension) {
        return values.get(dimension);
    }

    /** Every value of {@code other} over this one's. */
    public Attributes and(Attributes other) {
        EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
        copy.putAll(values);
        copy.putAll(other.values);
        return new Attributes(copy);
    }
}
