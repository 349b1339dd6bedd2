package dev.ledgerline.odoo.sandbox.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every model the sandbox knows, for one Odoo version: the recorded Odoo 18 schema with the field
 * names of the chosen version.
 */
public final class Schema {
    private final Map<String, ModelSpec> models;
    private final FieldRenames renames;

    Schema(Map<String, ModelSpec> models, FieldRenames renames) {
        this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        this.renames = renames;
    }

    public Optional<ModelSpec> model(String name) {
        return Optional.ofNullable(models.get(name));
    }

    public ModelSpec require(String name) {
        ModelSpec spec = models.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no model " + name);
        }
        return spec;
    }

    public Map<String, ModelSpec> models() {
        return models;
    }

    /** The name this version gives to a field that Odoo 18 calls {@code canonical}. */
    public String fieldName(String model, String canonical) {
        return renames.versionName(model, canonical);
    }

    /** The Odoo 18 name of a field that this version calls {@code versionName}. */
    public String canonicalName(String model, String versionName) {
        return renames.canonicalName(model, versionName);
    }
}
