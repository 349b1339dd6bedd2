package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.hub.firm.ExchangeRatesStored;
import dev.ledgerline.hub.ledger.DbTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every fact from the ledger when what they were derived with changed: at startup, before
 * the hub serves requests, when the firm configuration (entities, calendars, rate card) or the
 * capacity horizon differs from the fingerprint stored with the facts (a first start after the facts
 * were introduced included); and, for one entity, when new exchange rates are stored.
 */
@Component
public class FactRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FactRebuild.class);
    private static final String FINGERPRINT = "fingerprint";

    private static final String SQL_STATE = "SELECT state_value FROM projection_state WHERE name = :name";
    private static final String SQL_DELETE_STATE = "DELETE FROM projection_state WHERE name = :name";
    private static final String SQL_INSERT_STATE = """
            INSERT INTO projection_state (name, state_value, updated_at) VALUES (:name, :value, :at)
            """;

    private final CurrentFirmSettings firm;
    private final ProjectionProperties properties;
    private final StoredVersions versions;
    private final TimeEntryProjection timeEntries;
    private final DirectCostProjection directCosts;
    private final CapacityProjection capacity;
    private final TimeEntryFactRepository timeEntryFacts;
    private final DirectCostFactRepository directCostFacts;
    private final CapacityFactRepository capacityFacts;
    private final JdbcClient jdbc;
    private final DerivationLock lock;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FactRebuild(
            CurrentFirmSettings firm,
            ProjectionProperties properties,
            StoredVersions versions,
            TimeEntryProjection timeEntries,
            DirectCostProjection directCosts,
            CapacityProjection capacity,
            TimeEntryFactRepository timeEntryFacts,
            DirectCostFactRepository directCostFacts,
            CapacityFactRepository capacityFacts,
            JdbcClient jdbc,
            DerivationLock lock,
            TransactionTemplate transaction,
            Clock clock) {
        this.firm = firm;
        this.properties = properties;
        this.versions = versions;
        this.timeEntries = timeEntries;
        this.directCosts = directCosts;
        this.capacity = capacity;
        this.timeEntryFacts = timeEntryFacts;
        this.directCostFacts = directCostFacts;
        this.capacityFacts = capacityFacts;
        this.jdbc = jdbc;
        this.lock = lock;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String fingerprint = firm.fingerprint(properties);
        if (!fingerprint.equals(storedFingerprint().orElse(null))) {
            rebuildAll();
        }
    }

    /** Derives every fact again from the ledger's current records, then stores the fingerprint. */
    public void rebuildAll() {
        long started = System.nanoTime();
        FirmSettings settings = firm.get();
        transaction.executeWithoutResult(s -> {
            timeEntryFacts.deleteAll();
            directCostFacts.deleteAll();
            capacityFacts.deleteAll();
        });
        List<UUID> entries = versions.idsOf(RecordType.TIME_ENTRY);
        for (List<UUID> chunk : Chunks.of(entries)) {
            transaction.executeWithoutResult(s -> timeEntries.refresh(chunk, settings));
        }
        List<UUID> costs = new ArrayList<>(versions.idsOf(RecordType.EXPENSE));
        costs.addAll(versions.idsOf(RecordType.VENDOR_BILL));
        transaction.executeWithoutResult(s -> directCosts.refresh(costs, settings));
        transaction.executeWithoutResult(s -> capacity.refreshLeave(versions.idsOf(RecordType.LEAVE)));
        Set<String> employees = new LinkedHashSet<>();
        versions.currentById(versions.idsOf(RecordType.EMPLOYEE))
                .values()
                .forEach(stored -> employees.add(stored.version().key().ref().toString()));
        transaction.executeWithoutResult(s -> capacity.refreshEmployees(employees, settings));
        String fingerprint = firm.fingerprint(properties);
        transaction.executeWithoutResult(s -> {
            jdbc.sql(SQL_DELETE_STATE).param("name", FINGERPRINT).update();
            jdbc.sql(SQL_INSERT_STATE)
                    .param("name", FINGERPRINT)
                    .param("value", fingerprint)
                    .param("at", DbTime.of(clock.instant()))
                    .update();
        });
        log.info(
                "report facts rebuilt: {} time entries, {} expenses and vendor bills, {} employees in {} ms",
                entries.size(),
                costs.size(),
                employees.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** New rates change the converted values of an entity's work dated from their first date on. */
    @EventListener
    void exchangeRatesStored(ExchangeRatesStored stored) {
        lock.acquire();
        FirmSettings settings = firm.get();
        timeEntries.refresh(timeEntryFacts.idsOfEntitySince(stored.entity(), stored.earliest()), settings);
        directCosts.refresh(directCostFacts.idsOfEntitySince(stored.entity(), stored.earliest()), settings);
    }

    private Optional<String> storedFingerprint() {
        return jdbc.sql(SQL_STATE)
                .param("name", FINGERPRINT)
                .query(String.class)
                .optional();
    }
}
