package dev.ledgerline.odoo.sandbox.orm;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one model does beyond the generic ORM: Odoo's overrides of {@code create}, {@code write} and
 * {@code unlink}, its computed fields, its display name and its public business methods.
 *
 * <p>Every hook has a neutral default so that a model implements only what Odoo changes for it.
 */
public interface ModelBehaviour {
    /** Marker for "this behaviour does not compute that field". */
    Object NOT_COMPUTED = new Object();

    String model();

    /**
     * Stored fields Odoo fills itself (computed or set by an override); the generic required check skips
     * them. Their absence is reported by the behaviour when Odoo would report it.
     */
    default Set<String> systemFields() {
        return Set.of();
    }

    /**
     * Stored fields Odoo recomputes whenever what they depend on changes (e.g. a task's hours from its
     * timesheets): the sandbox computes them on every read instead of storing them, and ignores them on create
     * and write as Odoo does.
     */
    default Set<String> computedOnRead() {
        return Set.of();
    }

    /** Fields Odoo silently ignores on create and write (computed without inverse). */
    default Set<String> ignoredFields() {
        return Set.of();
    }

    /** Sees the values exactly as the caller sent them, before fields Odoo drops are removed. */
    default void receive(Env env, Map<String, Object> given) {}

    /**
     * Sees the values of a create exactly as the caller sent them, before defaults: where Odoo's create
     * override reads keys that only a create must carry. By default the same as {@link #receive}.
     */
    default void receiveCreate(Env env, Map<String, Object> given) {
        receive(env, given);
    }

    /** Adjusts the values of a new record (defaults that depend on other values, computed stored fields). */
    default void prepareCreate(Env env, Map<String, Object> values) {}

    /** Runs after the record and its x2many children exist. */
    default void afterCreate(Env env, int id) {}

    /**
     * Refuses a write by the names of all the fields it touches, x2many ones included, before any value is
     * converted or any command runs (as Odoo's write overrides check their records first).
     */
    default void checkWrite(Env env, List<Integer> ids, Set<String> fields) {}

    /** Checks and adjusts a write before anything is stored (x2many commands are not among the values). */
    default void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {}

    /** Runs after a write is stored, with the names of the fields written. */
    default void afterWrite(Env env, List<Integer> ids, Set<String> fields) {}

    /** Refuses or prepares an unlink. */
    default void beforeUnlink(Env env, List<Integer> ids) {}

    /** The value of a non-stored field, or {@link #NOT_COMPUTED}. */
    default Object compute(Env env, Map<String, Object> row, String field) {
        return NOT_COMPUTED;
    }

    /** The display name, or {@code null} for the generic one ({@code name}). */
    default String displayName(Env env, Map<String, Object> row) {
        return null;
    }

    /** Public methods callable over RPC besides the ORM's own. */
    default Map<String, ModelMethod> methods() {
        return Map.of();
    }

    /** Those of {@link #methods()} that work on the model rather than on records ({@code @api.model}). */
    default Set<String> modelMethods() {
        return Set.of();
    }
}
