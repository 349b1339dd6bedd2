package dev.ledgerline.odoo.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What {@code fields_get} says about one field.
 *
 * @param name the technical name, e.g. {@code partner_id}
 * @param type the type
 * @param label the label in the context's language
 * @param required whether create needs a value (Odoo may still fill it by default)
 * @param readonly whether the field is read-only in the user interface (computed fields mostly)
 * @param store whether the value is stored in the database (only stored fields can be sorted and grouped
 *     by SQL)
 * @param relation the related model of a relational field, e.g. {@code res.partner}
 * @param selection the allowed values of a selection field, otherwise empty
 */
public record FieldInfo(
        String name,
        FieldType type,
        String label,
        boolean required,
        boolean readonly,
        boolean store,
        Optional<String> relation,
        List<SelectionOption> selection) {

    /** Checks and copies the parts. */
    public FieldInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(relation, "relation");
        selection = List.copyOf(selection);
    }

    /**
     * Whether {@code value} is one of the selection's values.
     *
     * @param value a candidate value
     * @return {@code true} when the selection lists it
     */
    public boolean allows(String value) {
        return selection.stream().anyMatch(option -> option.value().equals(value));
    }

    /**
     * Reads one entry of a {@code fields_get} answer.
     *
     * @param name the field name
     * @param description the field's attributes
     * @return the field
     */
    public static FieldInfo parse(String name, JsonNode description) {
        List<SelectionOption> options = new ArrayList<>();
        JsonNode selection = description.path("selection");
        if (selection.isArray()) {
            for (JsonNode option : selection) {
                if (option.isArray() && option.size() == 2) {
                    options.add(new SelectionOption(
                            option.get(0).asString(), option.get(1).asString("")));
                }
            }
        }
        JsonNode relation = description.path("relation");
        return new FieldInfo(
                name,
                FieldType.of(description.path("type").asString("")),
                description.path("string").asString(name),
                description.path("required").asBoolean(false),
                description.path("readonly").asBoolean(false),
                description.path("store").asBoolean(false),
                relation.isString() && !relation.asString().isEmpty()
                        ? Optional.of(relation.asString())
                        : Optional.empty(),
                options);
    }
}
