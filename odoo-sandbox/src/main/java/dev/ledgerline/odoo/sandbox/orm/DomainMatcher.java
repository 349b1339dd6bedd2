package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides whether a stored row satisfies a {@link Domain}, with Odoo's SQL semantics for NULL. */
final class DomainMatcher {
    private final Env env;
    private final Orm orm;

    DomainMatcher(Env env) {
        this.env = env;
        this.orm = env.orm();
    }

    /** Checks every leaf against the model's fields before any row is looked at. */
    void validate(ModelSpec model, Domain domain) {
        switch (domain) {
            case Domain.Const c -> {}
            case Domain.And and -> and.parts().forEach(p -> validate(model, p));
            case Domain.Or or -> or.parts().forEach(p -> validate(model, p));
            case Domain.Not not -> validate(model, not.part());
            case Domain.Leaf leaf -> {
                String first = leaf.path().split("\\.", 2)[0];
                if (!model.has(first)) {
                    throw OdooException.valueError(
                            "Invalid field " + model.name() + "." + first + " in leaf " + PythonRepr.tuple(leaf.raw()));
                }
            }
        }
    }

    boolean matches(ModelSpec model, Map<String, Object> row, Domain domain) {
        return switch (domain) {
            case Domain.Const c -> c.value();
            case Domain.And and -> and.parts().stream().allMatch(p -> matches(model, row, p));
            case Domain.Or or -> or.parts().stream().anyMatch(p -> matches(model, row, p));
            case Domain.Not not -> !matches(model, row, not.part());
            case Domain.Leaf leaf -> leaf(model, row, leaf);
        };
    }

    private boolean leaf(ModelSpec model, Map<String, Object> row, Domain.Leaf leaf) {
        String[] parts = leaf.path().split("\\.", 2);
        FieldSpec field = model.fields().get(parts[0]);
        if (field == null) {
            throw OdooException.valueError(
                    "Invalid field " + model.name() + "." + parts[0] + " in leaf " + PythonRepr.tuple(leaf.raw()));
        }
        if (parts.length == 2) {
            return path(model, row, field, parts[1], leaf);
        }
        String op = leaf.operator();
        Object value = leaf.value();
        if ("=?".equals(op)) {
            if (!Values.truthy(value)) {
                return true;
            }
            op = "=";
        }
        if (field.type().isX2Many()) {
            return x2many(model, row, field, op, value);
        }
        if ("any".equals(op) || "not any".equals(op)) {
            Integer target = Values.id(row.get(field.name()));
            boolean found = target != null
                    && orm.search(env, field.relation(), Domain.and(idIn(List.of(target)), Domain.parse(value)), true)
                            .contains(target);
            return "any".equals(op) == found;
        }
        if ("child_of".equals(op) || "parent_of".equals(op)) {
            String target = field.type() == FieldType.MANY2ONE ? field.relation() : model.name();
            Set<Integer> family =
                    Hierarchy.family(env, target, relatedIds(field, target, value), "child_of".equals(op));
            Object own = field.name().equals("id") ? row.get("id") : row.get(field.name());
            return own != null && family.contains(((Number) own).intValue());
        }
        Object stored = Reading.storedForCompare(env, model, row, field);
        if (field.type() == FieldType.MANY2ONE && (value instanceof String) && !op.contains("like")) {
            return nameMatch(field, stored, op, (String) value);
        }
        if (field.type() == FieldType.MANY2ONE && op.contains("like")) {
            return nameMatch(field, stored, op, String.valueOf(value));
        }
        return Compare.test(stored, op, value, field.type());
    }

    private boolean nameMatch(FieldSpec field, Object stored, String op, String value) {
        boolean negative = op.startsWith("not") || op.equals("!=");
        if (stored == null) {
            return negative;
        }
        String name = orm.displayName(env.sudo(), field.relation(), ((Number) stored).intValue());
        String positive = negative ? op.replace("not ", "").replace("!=", "=") : op;
        boolean hit = Compare.test(name, positive, value, FieldType.CHAR);
        return negative != hit;
    }

    private Set<Integer> relatedIds(FieldSpec field, String target, Object value) {
        if (value instanceof String name) {
            return new HashSet<>(orm.nameSearchIds(env, target, name));
        }
        return new HashSet<>(Values.ids(value));
    }

    private boolean x2many(ModelSpec model, Map<String, Object> row, FieldSpec field, String op, Object value) {
        List<Integer> ids = Reading.x2manyIds(env, model, row, field);
        switch (op) {
            case "any", "not any" -> {
                boolean found = !ids.isEmpty()
                        && !orm.search(env, field.relation(), Domain.and(idIn(ids), Domain.parse(value)), true)
                                .isEmpty();
                return "any".equals(op) == found;
            }
            case "=", "in" -> {
                if (!Values.truthy(value) && !(value instanceof Number)) {
                    return ids.isEmpty();
                }
                Collection<Integer> wanted = targetIds(field, value);
                return ids.stream().anyMatch(wanted::contains);
            }
            case "!=", "not in" -> {
                if (!Values.truthy(value) && !(value instanceof Number)) {
                    return !ids.isEmpty();
                }
                Collection<Integer> unwanted = targetIds(field, value);
                return ids.stream().noneMatch(unwanted::contains);
            }
            case "child_of", "parent_of" -> {
                Set<Integer> family = Hierarchy.family(
                        env, field.relation(), new HashSet<>(Values.ids(value)), op.equals("child_of"));
                return ids.stream().anyMatch(family::contains);
            }
            default -> {
                boolean negative = op.startsWith("not");
                String positive = negative ? op.substring(4) : op;
                boolean hit = ids.stream()
                        .anyMatch(id -> Compare.test(
                                orm.displayName(env.sudo(), field.relation(), id), positive, value, FieldType.CHAR));
                return negative != hit;
            }
        }
    }

    private Collection<Integer> targetIds(FieldSpec field, Object value) {
        if (value instanceof String name) {
            return orm.nameSearchIds(env, field.relation(), name);
        }
        return new HashSet<>(Values.ids(value));
    }

    private boolean path(ModelSpec model, Map<String, Object> row, FieldSpec field, String rest, Domain.Leaf leaf) {
        if (!field.isRelational()) {
            throw OdooException.valueError(
                    "Invalid field " + model.name() + "." + leaf.path() + " in leaf " + PythonRepr.tuple(leaf.raw()));
        }
        List<Integer> targets = field.type() == FieldType.MANY2ONE
                ? (row.get(field.name()) == null ? List.of() : List.of(((Number) row.get(field.name())).intValue()))
                : Reading.x2manyIds(env, model, row, field);
        Domain sub = new Domain.Leaf(rest, leaf.operator(), leaf.value(), leaf.raw());
        boolean negative = leaf.operator().startsWith("not") || leaf.operator().equals("!=");
        if (targets.isEmpty()) {
            // Odoo 17+ resolves a path as "any" on the relation: no target matches nothing,
            // except negative operators on a many2one, which SQL's LEFT JOIN lets through.
            return negative && field.type() == FieldType.MANY2ONE;
        }
        return !orm.search(env, field.relation(), Domain.and(idIn(targets), sub), true)
                .isEmpty();
    }

    static Domain idIn(Collection<Integer> ids) {
        return new Domain.Leaf("id", "in", new ArrayList<>(ids), List.of("id", "in", new ArrayList<>(ids)));
    }

    /** Comparison of one stored value with a leaf's right-hand side. */
    static final class Compare {
        private Compare() {}

        static boolean test(Object stored, String op, Object value, FieldType type) {
            return switch (op) {
                case "=" -> equal(stored, value, type);
                case "!=" -> !equal(stored, value, type);
                case "in" -> in(stored, value, type);
                case "not in" -> !in(stored, value, type);
                case "<", ">", "<=", ">=" -> order(stored, op, value);
                case "like", "ilike", "=like", "=ilike" -> like(stored, op, value);
                case "not like", "not ilike" -> stored == null || !like(stored, op.substring(4), value);
                default -> throw OdooException.valueError("Invalid operator " + PythonRepr.of(op));
            };
        }

        private static boolean equal(Object stored, Object value, FieldType type) {
            if (value == null || Boolean.FALSE.equals(value)) {
                if (type == FieldType.BOOLEAN) {
                    return !Values.truthy(stored);
                }
                if (type.isNumeric() && value != null) {
                    return stored == null || ((Number) stored).doubleValue() == 0;
                }
                return stored == null;
            }
            if (stored == null) {
                return type == FieldType.BOOLEAN && !Values.truthy(value);
            }
            if (stored instanceof Number a && value instanceof Number b) {
                return a.doubleValue() == b.doubleValue();
            }
            if (stored instanceof Boolean a) {
                return a == Values.truthy(value);
            }
            if (stored instanceof Number a && value instanceof String s) {
                try {
                    return a.doubleValue() == Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return Objects.equals(String.valueOf(stored), String.valueOf(value));
        }

        private static boolean in(Object stored, Object value, FieldType type) {
            Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
            for (Object item : items) {
                if (equal(stored, item, type)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean order(Object stored, String op, Object value) {
            if (stored == null || value == null || Boolean.FALSE.equals(value)) {
                return false;
            }
            int cmp;
            if (stored instanceof Number a && value instanceof Number b) {
                cmp = Double.compare(a.doubleValue(), b.doubleValue());
            } else if (stored instanceof Boolean a) {
                cmp = Boolean.compare(a, Values.truthy(value));
            } else {
                cmp = String.valueOf(stored).compareTo(String.valueOf(value));
            }
            return switch (op) {
                case "<" -> cmp < 0;
                case ">" -> cmp > 0;
                case "<=" -> cmp <= 0;
                default -> cmp >= 0;
            };
        }

        private static boolean like(Object stored, String op, Object value) {
            if (stored == null) {
                return false;
            }
            String text = String.valueOf(stored);
            String pattern = String.valueOf(value);
            boolean insensitive = op.contains("ilike");
            if (!op.startsWith("=")) {
                pattern = "%" + pattern + "%";
            }
            return toRegex(pattern, insensitive).matcher(text).matches();
        }

        private static Pattern toRegex(String like, boolean insensitive) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < like.length(); i++) {
                char c = like.charAt(i);
                if (c == '\\' && i + 1 < like.length()) {
                    regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
                } else if (c == '%') {
                    regex.append(".*");
                } else if (c == '_') {
                    regex.append('.');
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(
                    regex.toString(),
                    Pattern.DOTALL | (insensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
        }
    }
}
