package dev.ledgerline.odoo.sandbox.server;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import dev.ledgerline.odoo.sandbox.orm.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's whole state in one JSON file, so that a demo survives a restart: every row of every table,
 * the id sequences (ids of refused or rolled-back INSERTs stay used), the named sequences (order numbers) and
 * the users' passwords and API keys. Values are read back in the types the ORM stores for their field.
 *
 * <p>The file is written to a temporary file beside it and moved over it, so a crash while saving leaves the
 * previous state whole.
 */
public final class StateFile {
    static final String FORMAT = "ledgerline-odoo-sandbox-state/1";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path path;

    public StateFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    /** Writes the backend's state; returns the number of records written. */
    public int save(Backend backend) {
        Map<String, Object> state = backend.db().locked(() -> snapshot(backend));
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temporary = Files.createTempFile(parent == null ? Path.of(".") : parent, ".sandbox-state", ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), state);
                try {
                    Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the sandbox's state to " + path, e);
        }
        @SuppressWarnings("unchecked")
        Map<String, List<?>> tables = (Map<String, List<?>>) state.get("tables");
        return tables.values().stream().mapToInt(List::size).sum();
    }

    private static Map<String, Object> snapshot(Backend backend) {
        Database db = backend.db();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("format", FORMAT);
        state.put("version", backend.version().major());
        state.put("database", backend.database());
        state.put("savedAt", Instant.now().toString());
        state.put("sequences", new java.util.TreeMap<>(db.sequences()));
        state.put("numbers", new java.util.TreeMap<>(db.numbers()));
        Map<String, String> passwords = new java.util.TreeMap<>();
        backend.credentials().passwords().forEach((uid, password) -> passwords.put(String.valueOf(uid), password));
        state.put("passwords", passwords);
        state.put("apiKeys", new java.util.TreeMap<>(backend.credentials().apiKeys()));
        Map<String, Object> tables = new java.util.TreeMap<>();
        db.dump()
                .forEach((model, rows) -> tables.put(
                        model,
                        rows.stream()
                                .sorted((a, b) -> Integer.compare((Integer) a.get("id"), (Integer) b.get("id")))
                                .map(java.util.TreeMap::new)
                                .toList()));
        state.put("tables", tables);
        return state;
    }

    /**
     * Replaces the backend's records and credentials by the file's (the models' defaults of a fresh database
     * stay registered). Refuses a file of another format or Odoo version.
     */
    @SuppressWarnings("unchecked")
    public void load(Backend backend) {
        Map<String, Object> state;
        try {
            state = JSON.readValue(path.toFile(), Map.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "the sandbox state file " + path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(state.get("format"))) {
            throw new IllegalStateException(path + " is not a sandbox state file (format " + state.get("format") + ")");
        }
        Object version = state.get("version");
        if (!(version instanceof Number n) || n.intValue() != backend.version().major()) {
            throw new IllegalStateException(path + " holds an Odoo " + version + " sandbox, not Odoo "
                    + backend.version().major() + ": start with --version " + version + " or another file");
        }
        Database db = backend.db();
        db.locked(() -> {
            db.clear();
            Map<String, List<Map<String, Object>>> tables =
                    (Map<String, List<Map<String, Object>>>) state.getOrDefault("tables", Map.of());
            for (Map.Entry<String, List<Map<String, Object>>> table : tables.entrySet()) {
                ModelSpec model = db.schema()
                        .model(table.getKey())
                        .orElseThrow(() -> new IllegalStateException(
                                path + " holds records of " + table.getKey() + ", which this sandbox does not know"));
                for (Map<String, Object> row : table.getValue()) {
                    db.insert(model.name(), typed(model, row));
                }
            }
            ((Map<String, Number>) state.getOrDefault("sequences", Map.of()))
                    .forEach((model, last) -> db.restartIdsAfter(model, last.intValue()));
            ((Map<String, Number>) state.getOrDefault("numbers", Map.of()))
                    .forEach((name, last) -> db.restartNumbersAfter(name, last.intValue()));
            backend.credentials().clear();
            ((Map<String, String>) state.getOrDefault("passwords", Map.of()))
                    .forEach((uid, password) -> backend.credentials().password(Integer.parseInt(uid), password));
            ((Map<String, Number>) state.getOrDefault("apiKeys", Map.of()))
                    .forEach((key, uid) -> backend.credentials().apiKey(uid.intValue(), key));
            return null;
        });
    }

    /** A row as the ORM stores it: ids as {@code Integer}, integer fields as {@code Long}, floats as {@code Double}. */
    private static Map<String, Object> typed(ModelSpec model, Map<String, Object> row) {
        Map<String, Object> out = new HashMap<>();
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            FieldSpec field = model.fields().get(name);
            if (value == null) {
                continue;
            }
            if (name.equals("id")) {
                out.put(name, ((Number) value).intValue());
            } else if (field == null) {
                out.put(name, value);
            } else {
                out.put(
                        name,
                        switch (field.type()) {
                            case INTEGER, MANY2ONE_REFERENCE ->
                                value instanceof Number n ? (Object) n.longValue() : value;
                            case FLOAT, MONETARY -> value instanceof Number n ? (Object) n.doubleValue() : value;
                            case MANY2ONE -> value instanceof Number n ? (Object) n.intValue() : value;
                            case MANY2MANY, ONE2MANY -> value instanceof List<?> list ? ids(list) : value;
                            default -> value;
                        });
            }
        }
        return out;
    }

    private static List<Integer> ids(List<?> list) {
        List<Integer> out = new ArrayList<>(list.size());
        for (Object item : list) {
            out.add(((Number) item).intValue());
        }
        return List.copyOf(out);
    }
}
