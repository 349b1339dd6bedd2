package dev.ledgerline.odoo.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one model as the connected database has them ({@code fields_get}): which exist, their
 * types, which are required, read-only or stored, the related models and selection values.
 *
 * @param model the model, e.g. {@code project.project}
 * @param fields the fields by name
 */
public record ModelSchema(String model, Map<String, FieldInfo> fields) {

    /** Checks and copies the parts. */
    public ModelSchema {
        Objects.requireNonNull(model, "model");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * One field.
     *
     * @param name the field name
     * @return the field, or empty when the model has no such field
     */
    public Optional<FieldInfo> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * Whether the model has the field.
     *
     * @param name the field name
     * @return {@code true} when it exists in this database
     */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /**
     * The fields a create must (or Odoo will by default) fill.
     *
     * @return the required fields
     */
    public List<FieldInfo> requiredFields() {
        return fields.values().stream().filter(FieldInfo::required).toList();
    }

    /**
     * Reads a {@code fields_get} answer.
     *
     * @param model the model asked for
     * @param answer the JSON object of field name to attributes
     * @return the schema
     */
    public static ModelSchema parse(String model, JsonNode answer) {
        if (!answer.isObject()) {
            throw new IllegalArgumentException("fields_get answers a JSON object, got " + answer);
        }
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        answer.properties()
                .forEach(entry -> fields.put(entry.getKey(), FieldInfo.parse(entry.getKey(), entry.getValue())));
        return new ModelSchema(model, fields);
    }
}
