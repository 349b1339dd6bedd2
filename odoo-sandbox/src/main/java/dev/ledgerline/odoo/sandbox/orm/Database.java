package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import dev.ledgerline.odoo.sandbox.model.Schema;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The sandbox's in-memory database: one {@link Table} per model and one transaction at a time.
 *
 * <p>Calls are serialised: each RPC call runs as one transaction that either commits all its changes or
 * none (an undo log restores the rows it touched), as one Odoo request does. Ids are not given back on
 * rollback, like PostgreSQL sequences.
 */
public final class Database {
    public static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Schema schema;
    private final Clock clock;
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock(true);
    private Tx tx;
    private long commits;

    public Database(Schema schema, Clock clock) {
        this.schema = schema;
        this.clock = clock;
        for (ModelSpec spec : schema.models().values()) {
            tables.put(spec.name(), new Table(spec));
        }
    }

    public Schema schema() {
        return schema;
    }

    public Clock clock() {
        return clock;
    }

    /** Runs {@code work} as one transaction: all or nothing. */
    public <T> T transaction(Supplier<T> work) {
        lock.lock();
        try {
            if (tx != null) {
                return work.get();
            }
            tx = new Tx(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS));
            try {
                T result = work.get();
                commits++;
                return result;
            } catch (RuntimeException | Error e) {
                tx.rollback(this);
                throw e;
            } finally {
                tx = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} under the database lock without a transaction of its own (reads, snapshots). */
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The time of the running transaction, as Odoo stamps {@code create_date} and {@code write_date}. */
    public String now() {
        LocalDateTime time = tx == null
                ? LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS)
                : tx.start;
        return DATETIME.format(time);
    }

    public long commits() {
        return commits;
    }

    Table table(String model) {
        Table table = tables.get(model);
        if (table == null) {
            throw new IllegalArgumentException("no table for " + model);
        }
        return table;
    }

    public boolean exists(String model, int id) {
        Table table = tables.get(model);
        return table != null && table.exists(id);
    }

    /** The stored row, read-only by convention; {@code null} when absent. */
    public Map<String, Object> row(String model, int id) {
        return table(model).get(id);
    }

    public Collection<Map<String, Object>> rows(String model) {
        return table(model).rows();
    }

    public int count(String model) {
        return table(model).size();
    }

    /** Inserts a row with the next id of the model and returns the id. */
    public int insert(String model, Map<String, Object> values) {
        Table table = table(model);
        int id = values.get("id") instanceof Integer given ? given : table.nextId();
        Map<String, Object> row = new HashMap<>(values);
        row.put("id", id);
        table.put(id, row);
        if (tx != null) {
            tx.created(model, id);
        }
        return id;
    }

    /**
     * Uses up the model's next id without a row: an INSERT that PostgreSQL refuses (a NOT NULL or check
     * constraint) still advances the table's sequence, so the next record of a real database gets the id
     * after it.
     */
    public void consumeId(String model) {
        table(model).nextId();
    }

    /**
     * The next number of a named sequence (Odoo's {@code ir.sequence}, e.g. sales order numbers): like a
     * PostgreSQL sequence, a number once drawn is not given back when the transaction rolls back.
     */
    public int nextNumber(String sequence) {
        return numbers.merge(sequence, 1, Integer::sum);
    }

    /** The last number drawn of every named sequence, for a snapshot. */
    public Map<String, Integer> numbers() {
        return Map.copyOf(numbers);
    }

    /** Sets a named sequence's last number (snapshot loading). */
    public void restartNumbersAfter(String sequence, int last) {
        numbers.merge(sequence, last, Math::max);
    }

    /** Changes fields of a stored row. */
    public void update(String model, int id, Map<String, Object> changes) {
        Table table = table(model);
        Map<String, Object> row = table.get(id);
        if (row == null) {
            throw new IllegalStateException(model + "(" + id + ") is gone");
        }
        if (tx != null) {
            tx.touched(model, id, row);
        }
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            if (change.getValue() == null) {
                row.remove(change.getKey());
            } else {
                row.put(change.getKey(), change.getValue());
            }
        }
    }

    public void set(String model, int id, String field, Object value) {
        Map<String, Object> change = new HashMap<>();
        change.put(field, value);
        update(model, id, change);
    }

    public void delete(String model, int id) {
        Table table = table(model);
        Map<String, Object> row = table.remove(id);
        if (row != null && tx != null) {
            tx.deleted(model, id, row);
        }
    }

    /** Empties every table and sets the id sequences back (used by reset and snapshot loading). */
    public void clear() {
        numbers.clear();
        for (ModelSpec spec : schema.models().values()) {
            tables.put(spec.name(), new Table(spec));
        }
    }

    /** Every row of every table, for a snapshot. */
    public Map<String, List<Map<String, Object>>> dump() {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            if (entry.getValue().size() > 0) {
                out.put(
                        entry.getKey(),
                        entry.getValue().rows().stream().map(Table::copy).toList());
            }
        }
        return out;
    }

    public Map<String, Integer> sequences() {
        Map<String, Integer> out = new HashMap<>();
        tables.forEach((model, table) -> {
            if (table.lastId() > 0) {
                out.put(model, table.lastId());
            }
        });
        return out;
    }

    public void restartIdsAfter(String model, int id) {
        table(model).restartIdsAfter(id);
    }

    private static final class Tx {
        final LocalDateTime start;
        final Deque<Undo> undo = new ArrayDeque<>();
        final Set<String> touched = new HashSet<>();

        Tx(LocalDateTime start) {
            this.start = start;
        }

        void created(String model, int id) {
            touched.add(model + '#' + id);
            undo.push(new Undo(model, id, null));
        }

        void touched(String model, int id, Map<String, Object> row) {
            if (touched.add(model + '#' + id)) {
                undo.push(new Undo(model, id, Table.copy(row)));
            }
        }

        void deleted(String model, int id, Map<String, Object> row) {
            if (touched.add(model + '#' + id)) {
                undo.push(new Undo(model, id, row));
            } else {
                undo.push(new Undo(model, id, Table.copy(row)));
            }
        }

        void rollback(Database db) {
            while (!undo.isEmpty()) {
                Undo step = undo.pop();
                step.apply(db);
            }
        }
    }

    private record Undo(String model, int id, Map<String, Object> before) {
        void apply(Database db) {
            Table table = db.table(model);
            if (before == null) {
                table.remove(id);
            } else {
                table.put(id, before);
            }
        }
    }
}
