package dev.ledgerline.odoo.sandbox.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Odoo model: its fields, its label ({@code _description}) and default order ({@code _order}).
 *
 * <p>A model that other models point to but that the recorded schema does not describe is a
 * <em>shadow</em> model: it has only {@code id}, {@code display_name} and {@code name}, so that many2one
 * values to it can be checked and shown.
 */
public final class ModelSpec {
    private final String name;
    private final String description;
    private final String order;
    private final boolean shadow;
    private final Map<String, FieldSpec> fields;

    public ModelSpec(String name, String description, String order, boolean shadow, Map<String, FieldSpec> fields) {
        this.name = name;
        this.description = description;
        this.order = order;
        this.shadow = shadow;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String order() {
        return order;
    }

    public boolean shadow() {
        return shadow;
    }

    public Map<String, FieldSpec> fields() {
        return fields;
    }

    public Optional<FieldSpec> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    public boolean has(String fieldName) {
        return fields.containsKey(fieldName);
    }

    /** The field, which the caller knows exists. */
    public FieldSpec require(String fieldName) {
        FieldSpec spec = fields.get(fieldName);
        if (spec == null) {
            throw new IllegalArgumentException(name + " has no field " + fieldName);
        }
        return spec;
    }

    /** Odoo's table name, used in the database errors it passes on. */
    public String table() {
        return name.replace('.', '_');
    }

    @Override
    public String toString() {
        return name;
    }
}
