package dev.ledgerline.odoo.client;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A many2one value as Odoo reads it, {@code [id, "display name"]}. Sent back to Odoo, it is written as
 * its id.
 *
 * @param id the referenced record's id
 * @param displayName its display name at the time of reading
 */
public record Many2one(long id, String displayName) {

    /** Checks the parts. */
    public Many2one {
        if (id <= 0) {
            throw new IllegalArgumentException("a many2one id is positive, got " + id);
        }
        Objects.requireNonNull(displayName, "displayName");
    }

    /**
     * Reads Odoo's many2one form.
     *
     * @param value {@code [id, "name"]}, or {@code false}/{@code null} for no value
     * @return the reference, or empty when the field is empty
     * @throws IllegalArgumentException when the value is neither form
     */
    public static Optional<Many2one> from(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || (value.isBoolean() && !value.asBoolean())) {
            return Optional.empty();
        }
        if (value.isArray() && value.size() == 2 && value.get(0).canConvertToLong()) {
            JsonNode name = value.get(1);
            return Optional.of(new Many2one(value.get(0).asLong(), name.isString() ? name.asString() : ""));
        }
        if (value.isIntegralNumber()) {
            // read with load=None, or a many2one in a read_group key on some versions
            return Optional.of(new Many2one(value.asLong(), ""));
        }
        throw new IllegalArgumentException("not a many2one value: " + value);
    }
}
