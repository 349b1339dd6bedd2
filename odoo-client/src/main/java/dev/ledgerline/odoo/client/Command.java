package dev.ledgerline.odoo.client;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One x2many command (a one2many or many2many value in {@code create} or {@code write}), written as
 * Odoo's triple:
 *
 * <table>
 *   <caption>Commands and their wire form</caption>
 *   <tr><th>factory</th><th>sent as</th><th>effect</th></tr>
 *   <tr><td>{@link #create(Map)}</td><td>{@code [0, 0, {values}]}</td><td>create a new line</td></tr>
 *   <tr><td>{@link #update(long, Map)}</td><td>{@code [1, id, {values}]}</td><td>write on a linked record</td></tr>
 *   <tr><td>{@link #delete(long)}</td><td>{@code [2, id, 0]}</td><td>remove and delete the record</td></tr>
 *   <tr><td>{@link #unlink(long)}</td><td>{@code [3, id, 0]}</td><td>remove the link, keep the record</td></tr>
 *   <tr><td>{@link #link(long)}</td><td>{@code [4, id, 0]}</td><td>add a link to an existing record</td></tr>
 *   <tr><td>{@link #clear()}</td><td>{@code [5, 0, 0]}</td><td>remove every link</td></tr>
 *   <tr><td>{@link #set(Collection)}</td><td>{@code [6, 0, [ids]]}</td><td>replace the links by these ids</td></tr>
 * </table>
 *
 * <p>Example: {@code Map.of("invoice_line_ids", List.of(Command.create(Map.of("name", "Consulting",
 * "quantity", new BigDecimal("11.5")))))}.
 */
public sealed interface Command {

    /**
     * The command as Odoo's list, e.g. {@code [4, 12, 0]}.
     *
     * @return the wire form (values not yet converted to JSON)
     */
    List<Object> toList();

    /**
     * Creates a new related record from the values.
     *
     * @param values field values of the new record
     * @return the command
     */
    static Command create(Map<String, ?> values) {
        return new Create(copy(values));
    }

    /**
     * Writes the values on the related record.
     *
     * @param id the related record
     * @param values field values
     * @return the command
     */
    static Command update(long id, Map<String, ?> values) {
        return new Update(id, copy(values));
    }

    /**
     * Removes the related record from the relation and deletes it.
     *
     * @param id the related record
     * @return the command
     */
    static Command delete(long id) {
        return new Delete(id);
    }

    /**
     * Removes the related record from the relation without deleting it.
     *
     * @param id the related record
     * @return the command
     */
    static Command unlink(long id) {
        return new Unlink(id);
    }

    /**
     * Adds an existing record to the relation.
     *
     * @param id the record to link
     * @return the command
     */
    static Command link(long id) {
        return new Link(id);
    }

    /**
     * Removes every record from the relation (deleting none).
     *
     * @return the command
     */
    static Command clear() {
        return new Clear();
    }

    /**
     * Replaces the relation by exactly these records.
     *
     * @param ids the records the relation holds afterwards
     * @return the command
     */
    static Command set(Collection<Long> ids) {
        return new Set(List.copyOf(ids));
    }

    /**
     * {@code [0, 0, values]}.
     *
     * @param values field values of the new record
     */
    record Create(Map<String, Object> values) implements Command {
        /** Copies the values, keeping their order. */
        public Create {
            values = copy(values);
        }

        @Override
        public List<Object> toList() {
            return List.of(0, 0, values);
        }
    }

    /**
     * {@code [1, id, values]}.
     *
     * @param id the related record
     * @param values field values
     */
    record Update(long id, Map<String, Object> values) implements Command {
        /** Checks the id and copies the values. */
        public Update {
            positive(id);
            values = copy(values);
        }

        @Override
        public List<Object> toList() {
            return List.of(1, id, values);
        }
    }

    /**
     * {@code [2, id, 0]}.
     *
     * @param id the related record
     */
    record Delete(long id) implements Command {
        /** Checks the id. */
        public Delete {
            positive(id);
        }

        @Override
        public List<Object> toList() {
            return List.of(2, id, 0);
        }
    }

    /**
     * {@code [3, id, 0]}.
     *
     * @param id the related record
     */
    record Unlink(long id) implements Command {
        /** Checks the id. */
        public Unlink {
            positive(id);
        }

        @Override
        public List<Object> toList() {
            return List.of(3, id, 0);
        }
    }

    /**
     * {@code [4, id, 0]}.
     *
     * @param id the record to link
     */
    record Link(long id) implements Command {
        /** Checks the id. */
        public Link {
            positive(id);
        }

        @Override
        public List<Object> toList() {
            return List.of(4, id, 0);
        }
    }

    /** {@code [5, 0, 0]}. */
    record Clear() implements Command {
        @Override
        public List<Object> toList() {
            return List.of(5, 0, 0);
        }
    }

    /**
     * {@code [6, 0, ids]}.
     *
     * @param ids the records the relation holds afterwards
     */
    record Set(List<Long> ids) implements Command {
        /** Checks and copies the ids. */
        public Set {
            ids = List.copyOf(ids);
            ids.forEach(Command::positive);
        }

        @Override
        public List<Object> toList() {
            return Arrays.asList(6, 0, ids);
        }
    }

    private static Map<String, Object> copy(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        // LinkedHashMap, not Map.copyOf: keeps the caller's order and allows null (Odoo's None)
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static void positive(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("a record id is positive, got " + id);
        }
    }
}
