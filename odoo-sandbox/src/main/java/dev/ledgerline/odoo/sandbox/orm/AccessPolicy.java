package dev.ledgerline.odoo.sandbox.orm;

import java.util.Collection;
import java.util.Map;

/** Odoo's access rights and record rules, as the ORM asks them. */
public interface AccessPolicy {
    enum Operation {
        READ,
        WRITE,
        CREATE,
        UNLINK;

        public String odooName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Throws AccessError when the user may not do {@code operation} on the model at all. */
    void checkModel(Env env, String model, Operation operation);

    /** Throws AccessError when a field is restricted to groups the user lacks. */
    void checkFields(Env env, String model, Collection<String> fields, Operation operation);

    /** Whether a stored record is visible to the caller (record rules, e.g. companies). */
    boolean visible(Env env, String model, Map<String, Object> row);

    /** Throws AccessError when the record breaks a record rule for {@code operation}. */
    void checkRecord(Env env, String model, Map<String, Object> row, Operation operation);

    /** Lets everything through: the policy of {@code sudo} and of tests that want none. */
    AccessPolicy NONE = new AccessPolicy() {
        @Override
        public void checkModel(Env env, String model, Operation operation) {}

        @Override
        public void checkFields(Env env, String model, Collection<String> fields, Operation operation) {}

        @Override
        public boolean visible(Env env, String model, Map<String, Object> row) {
            return true;
        }

        @Override
        public void checkRecord(Env env, String model, Map<String, Object> row, Operation operation) {}
    };
}
