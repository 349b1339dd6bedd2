package dev.ledgerline.odoo.client;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An Odoo search domain, built from terms and written in Odoo's prefix notation.
 *
 * <pre>{@code
 * Domain.eq("move_type", "out_invoice")
 *       .and(Domain.anyOf(Domain.eq("state", "posted"), Domain.ge("write_date", cursor)))
 *   // → [["move_type", "=", "out_invoice"], "|", ["state", "=", "posted"], ["write_date", ">=", "…"]]
 * }</pre>
 *
 * <p>The top level is written as Odoo writes it, with the {@code &} between terms left implicit; nested
 * conjunctions get their explicit {@code &}. Values are converted as {@link OdooClient} converts all
 * values (dates, datetimes in UTC, {@code BigDecimal} exactly). Domains are immutable.
 */
public final class Domain {

    /** Every operator of Odoo's domain leaves. */
    public enum Operator {
        /** {@code =} */
        EQ("="),
        /** {@code !=} */
        NE("!="),
        /** {@code >} */
        GT(">"),
        /** {@code >=} */
        GE(">="),
        /** {@code <} */
        LT("<"),
        /** {@code <=} */
        LE("<="),
        /** {@code in}: the value is a collection */
        IN("in"),
        /** {@code not in}: the value is a collection */
        NOT_IN("not in"),
        /** {@code like}: case-sensitive, {@code %} added around the value */
        LIKE("like"),
        /** {@code ilike}: case-insensitive, {@code %} added around the value */
        ILIKE("ilike"),
        /** {@code not like} */
        NOT_LIKE("not like"),
        /** {@code not ilike} */
        NOT_ILIKE("not ilike"),
        /** {@code =like}: case-sensitive pattern, the value used as given ({@code _} and {@code %}) */
        EQ_LIKE("=like"),
        /** {@code =ilike}: case-insensitive pattern, the value used as given */
        EQ_ILIKE("=ilike"),
        /** {@code child_of}: the record or any record below it in the hierarchy */
        CHILD_OF("child_of"),
        /** {@code parent_of}: the record or any record above it in the hierarchy */
        PARENT_OF("parent_of"),
        /** {@code any}: some related record matches the nested domain (Odoo 17+) */
        ANY("any"),
        /** {@code not any}: no related record matches the nested domain (Odoo 17+) */
        NOT_ANY("not any");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /**
         * The operator as Odoo writes it.
         *
         * @return e.g. {@code "not in"}
         */
        public String symbol() {
            return symbol;
        }

        /**
         * Looks an operator up by Odoo's symbol.
         *
         * @param symbol e.g. {@code "=ilike"}
         * @return the operator
         * @throws IllegalArgumentException for an unknown symbol
         */
        public static Operator of(String symbol) {
            for (Operator operator : values()) {
                if (operator.symbol.equals(symbol)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException("not a domain operator: " + symbol);
        }
    }

    private sealed interface Term permits Leaf, Junction, Negation, Raw {}

    private record Leaf(String field, Operator operator, Object value) implements Term {}

    private record Junction(boolean conjunction, List<Term> parts) implements Term {}

    private record Negation(Term inner) implements Term {}

    /** A domain given in prefix notation: one or more complete expressions, implicitly and-ed. */
    private record Raw(List<Object> items, int expressions) implements Term {}

    private static final Domain ALL = new Domain(null);
    private static final Domain NONE = new Domain(new Raw(List.of(Arrays.asList(0, "=", 1)), 1));

    private final Term term;

    private Domain(Term term) {
        this.term = term;
    }

    /**
     * The domain that matches every record, written as {@code []}.
     *
     * @return the empty domain
     */
    public static Domain all() {
        return ALL;
    }

    /**
     * The domain that matches no record, written as Odoo's false leaf {@code [0, "=", 1]}.
     *
     * @return the never-matching domain
     */
    public static Domain none() {
        return NONE;
    }

    /**
     * One leaf {@code [field, operator, value]}.
     *
     * @param field a field name or a dotted path such as {@code partner_id.country_id.code}
     * @param operator the operator
     * @param value the value: a collection for {@code in}/{@code not in}, a {@link Domain} for {@code
     *     any}/{@code not any}, {@code false} to compare with an empty field
     * @return the domain
     */
    public static Domain where(String field, Operator operator, Object value) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a domain leaf needs a field name");
        }
        Objects.requireNonNull(operator, "operator");
        switch (operator) {
            case IN, NOT_IN -> {
                if (!(value instanceof Collection<?>)
                        && !(value != null && value.getClass().isArray())) {
                    throw new IllegalArgumentException("'" + operator.symbol + "' needs a collection, got " + value);
                }
            }
            case ANY, NOT_ANY -> {
                if (!(value instanceof Domain)) {
                    throw new IllegalArgumentException("'" + operator.symbol + "' needs a nested Domain, got " + value);
                }
            }
            default -> {}
        }
        return new Domain(new Leaf(field, operator, value));
    }

    /**
     * {@code [field, "=", value]}.
     *
     * @param field the field
     * @param value the value
     * @return the domain
     */
    public static Domain eq(String field, Object value) {
        return where(field, Operator.EQ, value);
    }

    /**
     * {@code [field, "!=", value]}.
     *
     * @param field the field
     * @param value the value
     * @return the domain
     */
    public static Domain ne(String field, Object value) {
        return where(field, Operator.NE, value);
    }

    /**
     * {@code [field, ">", value]}.
     *
     * @param field the field
     * @param value the value
     * @return the domain
     */
    public static Domain gt(String field, Object value) {
        return where(field, Operator.GT, value);
    }

    /**
     * {@code [field, ">=", value]}.
     *
     * @param field the field
     * @param value the value
     * @return the domain
     */
    public static Domain ge(String field, Object value) {
        return where(field, Operator.GE, value);
    }

    /**
     * {@code [field, "<", value]}.
     *
     * @param field the field
     * @param value the value
     * @return the domain
     */
    public static Domain lt(String field, Object value) {
        return where(field, Operator.LT, value);
    }

    /**
     * {@code [field, "<=", value]}.
     *
     * @param field the field
     * @param value the value
     * @return the domain
     */
    public static Domain le(String field, Object value) {
        return where(field, Operator.LE, value);
    }

    /**
     * {@code [field, "in", values]}.
     *
     * @param field the field
     * @param values the accepted values
     * @return the domain
     */
    public static Domain in(String field, Collection<?> values) {
        return where(field, Operator.IN, List.copyOf(values));
    }

    /**
     * {@code [field, "not in", values]}.
     *
     * @param field the field
     * @param values the refused values
     * @return the domain
     */
    public static Domain notIn(String field, Collection<?> values) {
        return where(field, Operator.NOT_IN, List.copyOf(values));
    }

    /**
     * {@code [field, "like", text]}: contains, case-sensitive.
     *
     * @param field the field
     * @param text the text
     * @return the domain
     */
    public static Domain like(String field, String text) {
        return where(field, Operator.LIKE, text);
    }

    /**
     * {@code [field, "ilike", text]}: contains, case-insensitive.
     *
     * @param field the field
     * @param text the text
     * @return the domain
     */
    public static Domain ilike(String field, String text) {
        return where(field, Operator.ILIKE, text);
    }

    /**
     * {@code [field, "not like", text]}.
     *
     * @param field the field
     * @param text the text
     * @return the domain
     */
    public static Domain notLike(String field, String text) {
        return where(field, Operator.NOT_LIKE, text);
    }

    /**
     * {@code [field, "not ilike", text]}.
     *
     * @param field the field
     * @param text the text
     * @return the domain
     */
    public static Domain notIlike(String field, String text) {
        return where(field, Operator.NOT_ILIKE, text);
    }

    /**
     * {@code [field, "=like", pattern]}: an SQL pattern used as given, e.g. {@code "CRM-ACC-%"}.
     *
     * @param field the field
     * @param pattern the pattern
     * @return the domain
     */
    public static Domain eqLike(String field, String pattern) {
        return where(field, Operator.EQ_LIKE, pattern);
    }

    /**
     * {@code [field, "=ilike", pattern]}: like {@link #eqLike} but case-insensitive.
     *
     * @param field the field
     * @param pattern the pattern
     * @return the domain
     */
    public static Domain eqIlike(String field, String pattern) {
        return where(field, Operator.EQ_ILIKE, pattern);
    }

    /**
     * {@code [field, "child_of", id]}.
     *
     * @param field the hierarchical field, e.g. {@code parent_id} or {@code id}
     * @param id the top record
     * @return the domain
     */
    public static Domain childOf(String field, long id) {
        return where(field, Operator.CHILD_OF, id);
    }

    /**
     * {@code [field, "parent_of", id]}.
     *
     * @param field the hierarchical field
     * @param id the bottom record
     * @return the domain
     */
    public static Domain parentOf(String field, long id) {
        return where(field, Operator.PARENT_OF, id);
    }

    /**
     * {@code [field, "any", domain]}: some related record matches (Odoo 17+).
     *
     * @param field a relational field
     * @param domain the condition on the related records
     * @return the domain
     */
    public static Domain any(String field, Domain domain) {
        return where(field, Operator.ANY, domain);
    }

    /**
     * {@code [field, "not any", domain]}: no related record matches (Odoo 17+).
     *
     * @param field a relational field
     * @param domain the condition on the related records
     * @return the domain
     */
    public static Domain notAny(String field, Domain domain) {
        return where(field, Operator.NOT_ANY, domain);
    }

    /**
     * All of the domains must match ({@code &}).
     *
     * @param domains the domains
     * @return their conjunction
     */
    public static Domain allOf(Domain... domains) {
        return allOf(Arrays.asList(domains));
    }

    /**
     * All of the domains must match ({@code &}).
     *
     * @param domains the domains
     * @return their conjunction; {@link #all()} when there are none
     */
    public static Domain allOf(Collection<Domain> domains) {
        List<Term> parts = new ArrayList<>();
        for (Domain domain : domains) {
            if (domain.term == null) {
                continue;
            }
            if (domain.term instanceof Junction junction && junction.conjunction()) {
                parts.addAll(junction.parts());
            } else {
                parts.add(domain.term);
            }
        }
        return switch (parts.size()) {
            case 0 -> ALL;
            case 1 -> new Domain(parts.getFirst());
            default -> new Domain(new Junction(true, List.copyOf(parts)));
        };
    }

    /**
     * At least one of the domains must match ({@code |}).
     *
     * @param domains the domains
     * @return their disjunction
     */
    public static Domain anyOf(Domain... domains) {
        return anyOf(Arrays.asList(domains));
    }

    /**
     * At least one of the domains must match ({@code |}).
     *
     * @param domains the domains
     * @return their disjunction; {@link #none()} when there are none
     */
    public static Domain anyOf(Collection<Domain> domains) {
        List<Term> parts = new ArrayList<>();
        for (Domain domain : domains) {
            if (domain.term == null) {
                return ALL;
            }
            if (domain.term instanceof Junction junction && !junction.conjunction()) {
                parts.addAll(junction.parts());
            } else {
                parts.add(domain.term);
            }
        }
        return switch (parts.size()) {
            case 0 -> NONE;
            case 1 -> new Domain(parts.getFirst());
            default -> new Domain(new Junction(false, List.copyOf(parts)));
        };
    }

    /**
     * The domain must not match ({@code !}).
     *
     * @param domain the domain
     * @return its negation
     */
    public static Domain not(Domain domain) {
        return domain.negate();
    }

    /**
     * Takes a domain already in Odoo's prefix notation, e.g. the {@code __domain} of a {@code read_group}
     * row or a domain from configuration: {@code ["|", ["name", "ilike", "glob"], ["ref", "=", "X"]]}.
     *
     * @param prefix the terms: operator strings {@code "&"}, {@code "|"}, {@code "!"} and leaves (lists of
     *     three)
     * @return the domain, written back exactly as given
     * @throws IllegalArgumentException when the list is not a well-formed domain
     */
    public static Domain of(List<?> prefix) {
        if (prefix.isEmpty()) {
            return ALL;
        }
        List<Object> items = Collections.unmodifiableList(new ArrayList<>(prefix));
        return new Domain(new Raw(items, countExpressions(items)));
    }

    /**
     * Takes a domain in prefix notation as JSON, e.g. the {@code __domain} of a {@code read_group} row.
     *
     * @param prefix a JSON array of operator strings and leaves
     * @return the domain, written back exactly as given
     * @throws IllegalArgumentException when the array is not a well-formed domain
     */
    public static Domain of(tools.jackson.databind.JsonNode prefix) {
        if (!prefix.isArray()) {
            throw new IllegalArgumentException("a domain is a JSON array, got " + prefix);
        }
        List<Object> items = new ArrayList<>();
        for (tools.jackson.databind.JsonNode item : prefix) {
            items.add(item.isString() ? item.asString() : item);
        }
        return of(items);
    }

    /**
     * This domain and the other.
     *
     * @param other the other domain
     * @return the conjunction
     */
    public Domain and(Domain other) {
        return allOf(this, other);
    }

    /**
     * This domain or the other.
     *
     * @param other the other domain
     * @return the disjunction
     */
    public Domain or(Domain other) {
        return anyOf(this, other);
    }

    /**
     * The negation of this domain.
     *
     * @return a domain matching what this one does not
     */
    public Domain negate() {
        if (term == null) {
            return NONE;
        }
        if (this == NONE) {
            return ALL;
        }
        if (term instanceof Negation negation) {
            return new Domain(negation.inner());
        }
        return new Domain(new Negation(term));
    }

    /**
     * Whether this domain matches every record (is written as {@code []}).
     *
     * @return {@code true} for {@link #all()}
     */
    public boolean isAll() {
        return term == null;
    }

    /**
     * The domain in Odoo's prefix notation.
     *
     * @return a list of operator strings and leaves {@code [field, operator, value]}; values are not yet
     *     converted to JSON
     */
    public List<Object> toList() {
        List<Object> out = new ArrayList<>();
        if (term != null) {
            emit(term, out, true);
        }
        return Collections.unmodifiableList(out);
    }

    private static void emit(Term term, List<Object> out, boolean topLevel) {
        switch (term) {
            case Leaf leaf -> {
                Object value = leaf.value() instanceof Domain nested ? nested.toList() : leaf.value();
                out.add(Collections.unmodifiableList(
                        Arrays.asList(leaf.field(), leaf.operator().symbol(), value)));
            }
            case Raw raw -> {
                if (!topLevel) {
                    repeat(out, "&", raw.expressions() - 1);
                }
                out.addAll(raw.items());
            }
            case Negation negation -> {
                out.add("!");
                emit(negation.inner(), out, false);
            }
            case Junction junction
            when junction.conjunction() -> {
                if (topLevel) {
                    // Odoo's own convention: consecutive expressions at the top level are and-ed
                    junction.parts().forEach(part -> emit(part, out, true));
                } else {
                    int operands = 0;
                    for (Term part : junction.parts()) {
                        operands += part instanceof Raw raw ? raw.expressions() : 1;
                    }
                    repeat(out, "&", operands - 1);
                    for (Term part : junction.parts()) {
                        if (part instanceof Raw raw) {
                            out.addAll(raw.items());
                        } else {
                            emit(part, out, false);
                        }
                    }
                }
            }
            case Junction junction -> {
                repeat(out, "|", junction.parts().size() - 1);
                junction.parts().forEach(part -> emit(part, out, false));
            }
        }
    }

    private static void repeat(List<Object> out, String operator, int times) {
        for (int i = 0; i < times; i++) {
            out.add(operator);
        }
    }

    /** Counts the complete expressions of a prefix domain and checks that it is well formed. */
    private static int countExpressions(List<Object> items) {
        int expressions = 0;
        int index = 0;
        while (index < items.size()) {
            index = skipExpression(items, index);
            expressions++;
        }
        return expressions;
    }

    private static int skipExpression(List<Object> items, int index) {
        if (index >= items.size()) {
            throw new IllegalArgumentException("domain ends in the middle of an expression: " + items);
        }
        Object item = items.get(index);
        if ("&".equals(item) || "|".equals(item)) {
            return skipExpression(items, skipExpression(items, index + 1));
        }
        if ("!".equals(item)) {
            return skipExpression(items, index + 1);
        }
        if (item instanceof List<?> leaf && leaf.size() == 3) {
            return index + 1;
        }
        if (item instanceof tools.jackson.databind.JsonNode node && node.isArray() && node.size() == 3) {
            return index + 1;
        }
        throw new IllegalArgumentException("not a domain term: " + item + " in " + items);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Domain domain && OdooJson.encode(toList()).equals(OdooJson.encode(domain.toList()));
    }

    @Override
    public int hashCode() {
        return OdooJson.encode(toList()).hashCode();
    }

    /**
     * The domain as JSON, e.g. {@code [["ref","=like","CRM-ACC-%"]]}.
     *
     * @return the JSON text
     */
    @Override
    public String toString() {
        return OdooJson.encode(toList()).toString();
    }
}
