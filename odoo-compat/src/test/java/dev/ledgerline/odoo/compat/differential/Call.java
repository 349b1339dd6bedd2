package dev.ledgerline.odoo.compat.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code execute_kw} call of the workload, with {@link Ref}s where ids go: written out once per side
 * with that side's ids.
 *
 * @param kind the operation kind, e.g. {@code invoice.post}: what reports and the known-failing list name
 * @param model the model
 * @param method the method
 * @param args positional arguments
 * @param kwargs named arguments, {@code context} included
 */
record Call(String kind, String model, String method, List<Object> args, Map<String, Object> kwargs) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Call create(String kind, String model, Map<String, ?> values) {
        return new Call(kind, model, "create", List.of(values), Map.of());
    }

    static Call createAll(String kind, String model, List<? extends Map<String, ?>> values) {
        return new Call(kind, model, "create", List.of(values), Map.of());
    }

    static Call read(String kind, String model, Collection<Ref> refs, List<String> fields) {
        return new Call(kind, model, "read", List.of(List.copyOf(refs)), Map.of("fields", fields));
    }

    static Call write(String kind, String model, Collection<Ref> refs, Map<String, ?> values) {
        return new Call(kind, model, "write", List.of(List.copyOf(refs), values), Map.of());
    }

    static Call unlink(String kind, String model, Collection<Ref> refs) {
        return new Call(kind, model, "unlink", List.of(List.copyOf(refs)), Map.of());
    }

    static Call search(String kind, String model, List<?> domain, Map<String, ?> paging) {
        return new Call(kind, model, "search", List.of(domain), Map.copyOf(paging));
    }

    static Call searchRead(String kind, String model, List<?> domain, List<String> fields, Map<String, ?> paging) {
        Map<String, Object> kwargs = new LinkedHashMap<>(paging);
        kwargs.put("fields", fields);
        return new Call(kind, model, "search_read", List.of(domain), kwargs);
    }

    static Call searchCount(String kind, String model, List<?> domain) {
        return new Call(kind, model, "search_count", List.of(domain), Map.of());
    }

    /** A method on records, e.g. {@code action_post}. */
    static Call method(String kind, String model, String method, Collection<Ref> refs) {
        return new Call(kind, model, method, List.of(List.copyOf(refs)), Map.of());
    }

    /** The same call with a context. */
    Call withContext(Map<String, ?> context) {
        Map<String, Object> merged = new LinkedHashMap<>(kwargs);
        merged.put("context", context);
        return new Call(kind, model, method, args, merged);
    }

    /** The same call in the given companies (first = the current one), or unchanged for none. */
    Call inCompanies(List<Ref> companies) {
        return companies.isEmpty() ? this : withContext(Map.of("allowed_company_ids", companies));
    }

    JsonNode args(Side side) {
        return encode(args, side);
    }

    JsonNode kwargs(Side side) {
        return encode(kwargs, side);
    }

    /** Writes a Java value as Odoo's JSON with the ids of {@code side}. */
    static JsonNode encode(Object value, Side side) {
        return switch (value) {
            case null -> NODES.nullNode();
            case Ref ref -> NODES.numberNode(ref.id(side));
            case BigDecimal decimal -> NODES.numberNode(decimal);
            case Integer number -> NODES.numberNode(number);
            case Long number -> NODES.numberNode(number);
            case Boolean bool -> NODES.booleanNode(bool);
            case String text -> NODES.stringNode(text);
            case LocalDate date -> NODES.stringNode(date.toString());
            case Map<?, ?> map -> {
                ObjectNode object = NODES.objectNode();
                map.forEach((k, v) -> object.set(
                        k instanceof Ref ref ? Long.toString(ref.id(side)) : String.valueOf(k), encode(v, side)));
                yield object;
            }
            case Collection<?> list -> {
                ArrayNode array = NODES.arrayNode();
                list.forEach(item -> array.add(encode(item, side)));
                yield array;
            }
            default -> throw new IllegalArgumentException("no Odoo form for " + value.getClass());
        };
    }

    /** {@code model.method(args)} with the real side's ids, for reports. */
    String shown() {
        String text = model + "." + method + " " + args(Side.REAL) + (kwargs.isEmpty() ? "" : " " + kwargs(Side.REAL));
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /** A domain leaf {@code [field, operator, value]}. */
    static List<Object> leaf(String field, String operator, Object value) {
        List<Object> leaf = new ArrayList<>(3);
        leaf.add(field);
        leaf.add(operator);
        leaf.add(value);
        return leaf;
    }
}
