package dev.ledgerline.hub.billing;

import dev.ledgerline.core.canonical.RecordKey;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises everything that reads and writes a contract's proposals (runs, finance decisions,
 * delivery updates), across hub instances: one {@code billing_lock} row per contract, locked until
 * the caller's transaction ends, always in key order so two callers never deadlock.
 */
@Component
class BillingLocks {

    private static final String SQL_CREATE = """
            INSERT INTO billing_lock (contract_key)
            SELECT CAST(:key AS VARCHAR(400)) WHERE NOT EXISTS (SELECT 1 FROM billing_lock WHERE contract_key = :key)
            """;

    private static final String SQL_LOCK = """
            SELECT contract_key FROM billing_lock WHERE contract_key IN (:keys) ORDER BY contract_key FOR UPDATE
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    BillingLocks(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Locks the contracts for the rest of the current transaction. */
    void lock(Collection<RecordKey> contracts) {
        List<String> keys =
                contracts.stream().map(RecordKey::toString).distinct().sorted().toList();
        if (keys.isEmpty()) {
            return;
        }
        for (String key : keys) {
            ensureRow(key);
        }
        jdbc.query(SQL_LOCK, new MapSqlParameterSource("keys", keys), rs -> {});
    }

    /** The lock row, created in its own transaction so a concurrent creator's row is simply found. */
    private void ensureRow(String key) {
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.update(SQL_CREATE, new MapSqlParameterSource("key", key)));
        } catch (DuplicateKeyException e) {
            // another instance created it at the same moment: it exists, which is all we need
        }
    }
}
