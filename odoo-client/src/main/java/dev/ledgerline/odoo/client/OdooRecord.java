package dev.ledgerline.odoo.client;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One record as {@code read} or {@code search_read} returns it, with typed access to its fields.
 *
 * <p>Odoo writes "no value" as {@code false} for every field type; the getters turn it into the Java
 * equivalent ({@link Optional#empty()}, an empty list, zero for numbers, which Odoo itself never
 * distinguishes from empty). Asking for a field that was not read is an error, so a typo fails loudly
 * instead of reading as empty.
 */
public final class OdooRecord {

    private final ObjectNode json;

    private OdooRecord(ObjectNode json) {
        this.json = json;
    }

    /**
     * Wraps a JSON object as Odoo returned it.
     *
     * @param json a JSON object of field names and values
     * @return the record
     * @throws IllegalArgumentException when the value is not a JSON object
     */
    public static OdooRecord of(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a record is a JSON object, got " + json);
        }
        return new OdooRecord((ObjectNode) json.deepCopy());
    }

    /**
     * The record's id.
     *
     * @return the id
     * @throws IllegalStateException when the result has no id (e.g. a grouped row)
     */
    public long id() {
        JsonNode id = json.get("id");
        if (id == null || !id.canConvertToLong()) {
            throw new IllegalStateException("this result has no record id: " + json);
        }
        return id.asLong();
    }

    /**
     * Whether the field was read.
     *
     * @param field the field name
     * @return {@code true} when the record holds the field
     */
    public boolean has(String field) {
        return json.has(field);
    }

    /**
     * The fields read, in Odoo's order.
     *
     * @return the field names, including {@code id}
     */
    public Set<String> fields() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(json.propertyNames()));
    }

    /**
     * A field's value as Odoo sent it.
     *
     * @param field the field name
     * @return the JSON value (a copy)
     * @throws IllegalArgumentException when the field was not read
     */
    public JsonNode raw(String field) {
        return value(field).deepCopy();
    }

    /**
     * The whole record as Odoo sent it.
     *
     * @return a copy of the JSON object
     */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /**
     * A char, text, html or selection field.
     *
     * @param field the field name
     * @return the text, or empty when Odoo sent {@code false}
     * @throws IllegalStateException when the value is not text
     */
    public Optional<String> string(String field) {
        JsonNode value = value(field);
        if (isEmpty(value)) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw wrongType(field, "text", value);
        }
        return Optional.of(value.asString());
    }

    /**
     * A float or monetary field (also works for integer fields), exact as Odoo wrote it.
     *
     * @param field the field name
     * @return the value; {@link BigDecimal#ZERO} when Odoo sent {@code false}, as Odoo reads an empty
     *     number as zero itself
     * @throws IllegalStateException when the value is not a number
     */
    public BigDecimal decimal(String field) {
        JsonNode value = value(field);
        if (isEmpty(value)) {
            return BigDecimal.ZERO;
        }
        if (!value.isNumber()) {
            throw wrongType(field, "number", value);
        }
        return value.decimalValue();
    }

    /**
     * An integer field.
     *
     * @param field the field name
     * @return the value; {@code 0} when Odoo sent {@code false}
     * @throws IllegalStateException when the value is not an integral number
     */
    public long integer(String field) {
        JsonNode value = value(field);
        if (isEmpty(value)) {
            return 0;
        }
        if (!value.isIntegralNumber()) {
            throw wrongType(field, "integer", value);
        }
        return value.asLong();
    }

    /**
     * A boolean field.
     *
     * @param field the field name
     * @return the value
     * @throws IllegalStateException when the value is not a boolean
     */
    public boolean bool(String field) {
        JsonNode value = value(field);
        if (value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrongType(field, "boolean", value);
        }
        return value.asBoolean();
    }

    /**
     * A many2one field, read as {@code [id, "display name"]}.
     *
     * @param field the field name
     * @return the reference, or empty when Odoo sent {@code false}
     * @throws IllegalStateException when the value is not a many2one
     */
    public Optional<Many2one> many2one(String field) {
        JsonNode value = value(field);
        try {
            return Many2one.from(value);
        } catch (IllegalArgumentException e) {
            throw wrongType(field, "many2one", value);
        }
    }

    /**
     * A one2many or many2many field, read as a list of ids.
     *
     * @param field the field name
     * @return the ids; empty when Odoo sent {@code false} or {@code []}
     * @throws IllegalStateException when the value is not a list of ids
     */
    public List<Long> ids(String field) {
        JsonNode value = value(field);
        if (isEmpty(value)) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(field, "list of ids", value);
        }
        List<Long> ids = new ArrayList<>(value.size());
        for (JsonNode id : value) {
            if (!id.isIntegralNumber()) {
                throw wrongType(field, "list of ids", value);
            }
            ids.add(id.asLong());
        }
        return List.copyOf(ids);
    }

    /**
     * A date field, read as {@code YYYY-MM-DD}.
     *
     * @param field the field name
     * @return the date, or empty when Odoo sent {@code false}
     * @throws IllegalStateException when the value is not a date
     */
    public Optional<LocalDate> date(String field) {
        JsonNode value = value(field);
        if (isEmpty(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OdooJson.parseDate(value.asString()));
        } catch (RuntimeException e) {
            throw wrongType(field, "date", value);
        }
    }

    /**
     * A datetime field, read as {@code YYYY-MM-DD HH:MM:SS} in UTC (Odoo stores and sends datetimes in
     * UTC whatever the user's time zone).
     *
     * @param field the field name
     * @return the instant, or empty when Odoo sent {@code false}
     * @throws IllegalStateException when the value is not a datetime
     */
    public Optional<Instant> dateTime(String field) {
        JsonNode value = value(field);
        if (isEmpty(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OdooJson.parseDateTime(value.asString()));
        } catch (RuntimeException e) {
            throw wrongType(field, "datetime", value);
        }
    }

    private JsonNode value(String field) {
        JsonNode value = json.get(field);
        if (value == null) {
            throw new IllegalArgumentException(
                    "field '" + field + "' was not read; the record holds " + json.propertyNames());
        }
        return value;
    }

    private static boolean isEmpty(JsonNode value) {
        return value.isNull() || (value.isBoolean() && !value.asBoolean());
    }

    private IllegalStateException wrongType(String field, String expected, JsonNode value) {
        return new IllegalStateException("field '" + field + "' is not a " + expected + ": " + value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OdooRecord record && json.equals(record.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
