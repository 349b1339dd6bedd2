package dev.ledgerline.hub.sync;

import dev.ledgerline.odoo.client.Command;
import dev.ledgerline.odoo.client.Many2one;
import dev.ledgerline.odoo.client.OdooRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The fields whose value differs from what Odoo holds, so a write sends only those. Odoo writes "no
 * value" as {@code false} for every type, so {@code null}, {@code false}, an empty text and an empty
 * list all mean empty. Of x2many commands, links and unlinks are compared with the ids Odoo holds
 * (a tag already there is not added again); others count as changed.
 */
final class ValueDiff {

    private ValueDiff() {}

    static Map<String, Object> changes(Map<String, Object> wanted, OdooRecord current) {
        Map<String, Object> changed = new LinkedHashMap<>();
        wanted.forEach((field, value) -> {
            if (!current.has(field) || !same(value, current.raw(field))) {
                changed.put(field, value);
            }
        });
        return changed;
    }

    static boolean same(Object wanted, JsonNode held) {
        Object value = wanted instanceof Optional<?> o ? o.orElse(null) : wanted;
        if (value instanceof java.util.Collection<?> c
                && !c.isEmpty()
                && c.stream().allMatch(Command.class::isInstance)) {
            return c.stream().allMatch(command -> holds((Command) command, held));
        }
        if (isEmpty(value)) {
            return isEmpty(held);
        }
        return switch (value) {
            case Boolean b -> held.isBoolean() && held.booleanValue() == b;
            case String s -> held.isString() && held.asString().equals(s);
            case Many2one m -> id(held).map(id -> id == m.id()).orElse(false);
            case Number n ->
                number(held)
                        .map(d -> d.compareTo(new BigDecimal(n.toString())) == 0)
                        .orElse(false);
            case LocalDate d -> held.isString() && held.asString().equals(d.toString());
            default -> false;
        };
    }

    /** Whether a link or unlink command would leave the held ids as they are. */
    private static boolean holds(Command command, JsonNode held) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (held != null && held.isArray()) {
            held.forEach(n -> ids.add(n.longValue()));
        }
        return switch (command) {
            case Command.Link l -> ids.contains(l.id());
            case Command.Unlink u -> !ids.contains(u.id());
            case Command.Set s -> ids.equals(new java.util.HashSet<>(s.ids()));
            default -> false;
        };
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || Boolean.FALSE.equals(value)
                || (value instanceof String s && s.isEmpty())
                || (value instanceof java.util.Collection<?> c && c.isEmpty());
    }

    private static boolean isEmpty(JsonNode held) {
        return held == null
                || held.isNull()
                || (held.isBoolean() && !held.booleanValue())
                || (held.isString() && held.asString().isEmpty())
                || (held.isArray() && held.isEmpty());
    }

    /** A many2one arrives as {@code [id, "name"]}; an integer field as a number. */
    private static Optional<Long> id(JsonNode held) {
        if (held.isArray() && !held.isEmpty() && held.get(0).isIntegralNumber()) {
            return Optional.of(held.get(0).longValue());
        }
        return held.isIntegralNumber() ? Optional.of(held.longValue()) : Optional.empty();
    }

    private static Optional<BigDecimal> number(JsonNode held) {
        if (held.isArray()) {
            return id(held).map(BigDecimal::valueOf);
        }
        return held.isNumber() ? Optional.of(held.decimalValue()) : Optional.empty();
    }
}
