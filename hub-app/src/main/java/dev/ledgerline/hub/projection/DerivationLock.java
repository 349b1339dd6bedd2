package dev.ledgerline.hub.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One derivation of facts at a time, each holding the lock until its transaction commits. Batches
 * write the ledger concurrently; only their fact derivations queue, and each then reads what the
 * batches before it committed, records and facts alike. docs/adr/0207.
 */
@Component
class DerivationLock {

    private static final String SQL_LOCK = """
            SELECT state_value FROM projection_state WHERE name = 'derivation' FOR UPDATE
            """;

    private final JdbcClient jdbc;

    DerivationLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the lock; call inside the transaction that derives. */
    void acquire() {
        jdbc.sql(SQL_LOCK).query(String.class).optional();
    }
}
