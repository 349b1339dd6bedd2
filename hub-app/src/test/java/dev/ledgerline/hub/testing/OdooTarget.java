package dev.ledgerline.hub.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Odoo an end-to-end test delivers to, and the control a test has over it: where it is, what it
 * holds, what its users change, and which faults it injects. {@link SandboxTarget} is the in-process
 * sandbox, {@link RealOdooTarget} a real Odoo (without faults; a fault-injecting proxy in front of it
 * could add them), so the scenarios run unchanged against both.
 */
public interface OdooTarget {

    String url();

    String database();

    String user();

    String apiKey();

    /** Records of {@code model} matching an Odoo domain (prefix notation), archived ones included. */
    int count(String model, List<?> domain);

    /** Records of {@code model} matching a domain, with the given fields. */
    List<Map<String, Object>> records(String model, List<?> domain, List<String> fields);

    /** Writes values on a record as one of Odoo's users would (a change the hub did not make). */
    void write(String model, long id, Map<String, Object> values);

    /** Creates a record as one of Odoo's users would (a document the hub did not make); answers its id. */
    long create(String model, Map<String, Object> values);

    /** Runs a method on records as one of Odoo's users would (an invoice posted by hand). */
    void call(String model, String method, List<Long> ids);

    /**
     * Hub properties this target needs beyond the scenario's own: settings for what it cannot do that
     * real Odoo can (the sandbox keeps no payment terms, stages or project tags a client may search).
     */
    default Map<String, String> hubProperties() {
        return Map.of();
    }

    /** The faults the target injects from now on. */
    Faults faults();

    /** A disturbance of calls, as a proxy in front of any Odoo could also cause it. */
    enum Fault {
        /** HTTP 503 without running the call. */
        UNAVAILABLE,
        /** The connection is reset before the call runs: nothing applied. */
        RESET_BEFORE_COMMIT,
        /** The call runs and commits, then the connection is reset: applied, answer lost. */
        RESET_AFTER_COMMIT,
        /** Odoo's serialization failure (a concurrent update): nothing applied. */
        SERIALIZATION_FAILURE
    }

    /** Fault control. */
    interface Faults {

        /**
         * Disturbs matching calls ({@code model} and {@code method} null for any) from now on, at most
         * {@code times} times (-1: until cleared).
         */
        void inject(Fault fault, String model, String method, int times);

        /** A fixed delay before every call, like a slow server. */
        void callDelay(Duration delay);

        /** No more faults, no delay. */
        void clear();
    }
}
