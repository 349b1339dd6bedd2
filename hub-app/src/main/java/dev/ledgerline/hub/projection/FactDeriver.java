package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.hub.ledger.RecordVersionListener;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps the report facts in step with the ledger, inside each ingest batch's transaction: a changed
 * time entry, expense, vendor bill or leave is derived again, and so is every fact that depends on a
 * changed project, task, contract or employee (a project closed or a contract amended changes the
 * classification of entries already kept). docs/adr/0207.
 */
@Component
public class FactDeriver implements RecordVersionListener {

    /** The record types facts are derived from or depend on. */
    private static final Set<RecordType> RELEVANT = java.util.EnumSet.of(
            RecordType.TIME_ENTRY,
            RecordType.EXPENSE,
            RecordType.VENDOR_BILL,
            RecordType.LEAVE,
            RecordType.PROJECT,
            RecordType.TASK,
            RecordType.CONTRACT,
            RecordType.EMPLOYEE);

    private final CurrentFirmSettings firm;
    private final TimeEntryProjection timeEntries;
    private final DirectCostProjection directCosts;
    private final CapacityProjection capacity;
    private final TimeEntryFactRepository timeEntryFacts;
    private final DirectCostFactRepository directCostFacts;
    private final DerivationLock lock;

    FactDeriver(
            CurrentFirmSettings firm,
            TimeEntryProjection timeEntries,
            DirectCostProjection directCosts,
            CapacityProjection capacity,
            TimeEntryFactRepository timeEntryFacts,
            DirectCostFactRepository directCostFacts,
            DerivationLock lock) {
        this.firm = firm;
        this.timeEntries = timeEntries;
        this.directCosts = directCosts;
        this.capacity = capacity;
        this.timeEntryFacts = timeEntryFacts;
        this.directCostFacts = directCostFacts;
        this.lock = lock;
    }

    @Override
    public void accepted(List<AcceptedVersion> versions) {
        Map<RecordType, Set<UUID>> ids = new EnumMap<>(RecordType.class);
        Map<RecordType, Set<String>> refs = new EnumMap<>(RecordType.class);
        Batch batch = new Batch();
        for (AcceptedVersion v : versions) {
            RecordKey key = v.content().key();
            batch.read.put(v.recordId(), v.record());
            if (v.first()) {
                batch.fresh.add(v.recordId());
            }
            ids.computeIfAbsent(key.type(), t -> new LinkedHashSet<>()).add(v.recordId());
            refs.computeIfAbsent(key.type(), t -> new LinkedHashSet<>())
                    .add(key.ref().toString());
        }
        refresh(ids, refs, batch);
    }

    /**
     * What a batch already knows: the typed current version of the records it wrote (the last one
     * per record), and which of them had no accepted version before it, so have no facts to replace.
     */
    static final class Batch {
        final Map<UUID, RecordVersion<CanonicalRecord>> read = new HashMap<>();
        final Set<UUID> fresh = new HashSet<>();

        static Batch none() {
            return new Batch();
        }
    }

    /** Derives again what depends on the changed records, given by type as ledger ids and as references. */
    void refresh(Map<RecordType, Set<UUID>> ids, Map<RecordType, Set<String>> refs, Batch batch) {
        if (ids.keySet().stream().noneMatch(RELEVANT::contains)) {
            return;
        }
        // first: the fan-out below must see the facts of every batch committed before this one
        lock.acquire();
        Set<String> projects = refs.getOrDefault(RecordType.PROJECT, Set.of());
        Set<String> tasks = refs.getOrDefault(RecordType.TASK, Set.of());
        Set<String> contracts = refs.getOrDefault(RecordType.CONTRACT, Set.of());
        Set<String> employees = refs.getOrDefault(RecordType.EMPLOYEE, Set.of());

        Set<UUID> entries = new LinkedHashSet<>(ids.getOrDefault(RecordType.TIME_ENTRY, Set.of()));
        entries.addAll(timeEntryFacts.idsReferencing(TimeEntryFactRepository.Reference.PROJECT, projects));
        entries.addAll(timeEntryFacts.idsReferencing(TimeEntryFactRepository.Reference.TASK, tasks));
        entries.addAll(timeEntryFacts.idsReferencing(TimeEntryFactRepository.Reference.CONTRACT, contracts));
        entries.addAll(timeEntryFacts.idsReferencing(TimeEntryFactRepository.Reference.EMPLOYEE, employees));

        Set<UUID> costs = new LinkedHashSet<>(ids.getOrDefault(RecordType.EXPENSE, Set.of()));
        costs.addAll(ids.getOrDefault(RecordType.VENDOR_BILL, Set.of()));
        costs.addAll(directCostFacts.idsByProject(projects));
        costs.addAll(directCostFacts.idsByContract(contracts));
        costs.addAll(directCostFacts.idsByEmployee(employees));

        Collection<UUID> leave = ids.getOrDefault(RecordType.LEAVE, Set.of());
        if (entries.isEmpty() && costs.isEmpty() && leave.isEmpty() && employees.isEmpty()) {
            return;
        }
        FirmSettings settings = firm.get();
        timeEntries.refresh(entries, batch, settings);
        directCosts.refresh(costs, batch, settings);
        var days = capacity.refreshLeave(leave, batch);
        capacity.refreshEmployees(employees, settings);
        capacity.refreshDays(days, employees, settings);
    }
}
