package dev.ledgerline.odoo.client.internal;

import dev.ledgerline.odoo.client.Command;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.Many2one;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Odoo's JSON conventions in one place: the mapper (floats read as exact {@link BigDecimal}, decimals
 * written without exponent) and the conversion of Java values into what Odoo expects on the wire.
 */
public final class OdooJson {

    /** Reads floats as {@link BigDecimal} (no binary rounding of money) and writes them exactly. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** Node factory that keeps {@link BigDecimal} scale as given. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME_IN = new DateTimeFormatterBuilder()
            .append(DATE)
            .appendLiteral(' ')
            .appendPattern("HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter();

    private OdooJson() {}

    /**
     * Converts a Java value into the JSON Odoo expects.
     *
     * <ul>
     *   <li>{@code null} → {@code null} (Odoo's {@code None}, which empties a field on write);
     *       {@code Optional.empty()} → {@code false} (Odoo's usual "no value")
     *   <li>{@link BigDecimal} → an exact number, never rounded through {@code double}
     *   <li>{@link LocalDate} → {@code "YYYY-MM-DD"}; {@link Instant}, {@link OffsetDateTime}, {@link
     *       ZonedDateTime} → {@code "YYYY-MM-DD HH:MM:SS"} in UTC; {@link LocalDateTime} → the same
     *       text, taken to be UTC already
     *   <li>{@link Many2one} → its id; {@link Command} and {@link Domain} → their lists
     *   <li>maps, collections and arrays element by element; {@link JsonNode} as it is
     * </ul>
     *
     * @param value the value
     * @return its JSON form
     * @throws IllegalArgumentException for a type Odoo has no form for (e.g. an enum or a bean)
     */
    public static JsonNode encode(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case JsonNode node -> node;
            case String text -> NODES.stringNode(text);
            case Boolean flag -> NODES.booleanNode(flag);
            case BigDecimal decimal -> NODES.numberNode(decimal);
            case BigInteger integer -> NODES.numberNode(integer);
            case Long number -> NODES.numberNode(number);
            case Integer number -> NODES.numberNode(number);
            case Short number -> NODES.numberNode(number);
            case Byte number -> NODES.numberNode(number);
            case Double number -> NODES.numberNode(number);
            case Float number -> NODES.numberNode(number);
            case LocalDate date -> NODES.stringNode(formatDate(date));
            case LocalDateTime dateTime -> NODES.stringNode(DATE_TIME_OUT.format(dateTime));
            case Instant instant -> NODES.stringNode(formatDateTime(instant));
            case OffsetDateTime dateTime -> NODES.stringNode(formatDateTime(dateTime.toInstant()));
            case ZonedDateTime dateTime -> NODES.stringNode(formatDateTime(dateTime.toInstant()));
            case Optional<?> optional -> optional.map(OdooJson::encode).orElseGet(() -> NODES.booleanNode(false));
            case OptionalLong optional ->
                optional.isPresent() ? NODES.numberNode(optional.getAsLong()) : NODES.booleanNode(false);
            case OptionalInt optional ->
                optional.isPresent() ? NODES.numberNode(optional.getAsInt()) : NODES.booleanNode(false);
            case OptionalDouble optional ->
                optional.isPresent() ? NODES.numberNode(optional.getAsDouble()) : NODES.booleanNode(false);
            case Many2one reference -> NODES.numberNode(reference.id());
            case Command command -> encode(command.toList());
            case Domain domain -> encode(domain.toList());
            case Map<?, ?> map -> encodeMap(map);
            case Iterable<?> items -> {
                ArrayNode array = NODES.arrayNode();
                items.forEach(item -> array.add(encode(item)));
                yield array;
            }
            case Object[] items -> {
                ArrayNode array = NODES.arrayNode();
                for (Object item : items) {
                    array.add(encode(item));
                }
                yield array;
            }
            case long[] items -> {
                ArrayNode array = NODES.arrayNode();
                for (long item : items) {
                    array.add(item);
                }
                yield array;
            }
            case int[] items -> {
                ArrayNode array = NODES.arrayNode();
                for (int item : items) {
                    array.add(item);
                }
                yield array;
            }
            default ->
                throw new IllegalArgumentException("Odoo has no JSON form for a value of type "
                        + value.getClass().getName()
                        + "; pass a String, number, Boolean, date/time, collection, map, Command or Domain");
        };
    }

    /**
     * Converts a map of field values or keyword arguments.
     *
     * @param map the map; keys are converted with {@code toString()}
     * @return a JSON object in the map's iteration order
     */
    public static ObjectNode encodeMap(Map<?, ?> map) {
        ObjectNode object = NODES.objectNode();
        map.forEach((key, item) -> {
            if (key == null) {
                throw new IllegalArgumentException("a field name cannot be null");
            }
            object.set(key.toString(), encode(item));
        });
        return object;
    }

    /**
     * Odoo's date form.
     *
     * @param date the date
     * @return {@code YYYY-MM-DD}
     */
    public static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * Odoo's datetime form: UTC, whole seconds.
     *
     * @param instant the instant
     * @return {@code YYYY-MM-DD HH:MM:SS} in UTC
     */
    public static String formatDateTime(Instant instant) {
        return DATE_TIME_OUT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /**
     * Parses Odoo's date form.
     *
     * @param text {@code YYYY-MM-DD}
     * @return the date
     */
    public static LocalDate parseDate(String text) {
        return LocalDate.parse(text, DATE);
    }

    /**
     * Parses Odoo's datetime form, which is always UTC.
     *
     * @param text {@code YYYY-MM-DD HH:MM:SS}, optionally with fractional seconds
     * @return the instant
     */
    public static Instant parseDateTime(String text) {
        return LocalDateTime.parse(text, DATE_TIME_IN).toInstant(ZoneOffset.UTC);
    }

    /**
     * Reads a JSON document.
     *
     * @param bytes UTF-8 JSON
     * @return the tree
     * @throws tools.jackson.core.JacksonException when the bytes are not JSON
     */
    public static JsonNode parse(byte[] bytes) {
        return MAPPER.readTree(bytes);
    }

    /**
     * Writes a JSON document.
     *
     * @param node the tree
     * @return UTF-8 JSON
     */
    public static byte[] write(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }
}
