package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The stored rows of one model, by id. Values are plain Java values; a missing key is SQL NULL. */
final class Table {
    private final ModelSpec spec;
    private final TreeMap<Integer, Map<String, Object>> rows = new TreeMap<>();
    private int lastId;

    Table(ModelSpec spec) {
        this.spec = spec;
    }

    ModelSpec spec() {
        return spec;
    }

    Map<String, Object> get(int id) {
        return rows.get(id);
    }

    boolean exists(int id) {
        return rows.containsKey(id);
    }

    Collection<Map<String, Object>> rows() {
        return rows.values();
    }

    int size() {
        return rows.size();
    }

    /** The next id, consumed even when the transaction rolls back, as a PostgreSQL sequence is. */
    int nextId() {
        return ++lastId;
    }

    int lastId() {
        return lastId;
    }

    void restartIdsAfter(int id) {
        lastId = Math.max(lastId, id);
    }

    void put(int id, Map<String, Object> row) {
        rows.put(id, row);
        if (id > lastId) {
            lastId = id;
        }
    }

    Map<String, Object> remove(int id) {
        return rows.remove(id);
    }

    static Map<String, Object> copy(Map<String, Object> row) {
        return new HashMap<>(row);
    }
}
