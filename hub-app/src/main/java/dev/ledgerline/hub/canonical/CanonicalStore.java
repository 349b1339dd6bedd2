package dev.ledgerline.hub.canonical;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's records as typed {@link RecordVersion}s, every version the ledger held at
 * {@code asOf} (ledger receipt time, never {@code occurredAt}). Histories come oldest version first;
 * tombstones are included (a {@code deleted} version carries the last known content), so callers
 * decide what a deletion means to them. Pulled-back invoices ({@code odoo} invoices) are not read
 * here.
 */
@Component
public class CanonicalStore {

    private static final Set<RecordType> CONTRACT_CHILDREN =
            EnumSet.of(RecordType.PROJECT, RecordType.MILESTONE_ACCEPTANCE);
    private static final Set<RecordType> PROJECT_WORK =
            EnumSet.of(RecordType.TASK, RecordType.TIME_ENTRY, RecordType.EXPENSE, RecordType.VENDOR_BILL);

    private final CanonicalRepository repository;

    CanonicalStore(CanonicalRepository repository) {
        this.repository = repository;
    }

    /** The held versions of one record, oldest first; empty when the ledger held none. */
    @Transactional(readOnly = true)
    public <T extends CanonicalRecord> List<RecordVersion<T>> history(RecordKey key, Class<T> type, Instant asOf) {
        return histories(List.of(key), asOf).of(type);
    }

    /** The held versions of each of {@code keys}. */
    @Transactional(readOnly = true)
    public Histories histories(Collection<RecordKey> keys, Instant asOf) {
        return read(repository.byKeys(keys, asOf));
    }

    /** Every held version of every record of {@code type}. */
    @Transactional(readOnly = true)
    public <T extends CanonicalRecord> List<RecordVersion<T>> ofType(RecordType type, Class<T> data, Instant asOf) {
        List<RecordVersion<T>> found = new ArrayList<>();
        forEachOfType(type, data, asOf, found::add);
        return found;
    }

    /** Every held version of every record of {@code type}, one at a time (for types too large to hold). */
    @Transactional(readOnly = true)
    public <T extends CanonicalRecord> void forEachOfType(
            RecordType type, Class<T> data, Instant asOf, Consumer<RecordVersion<T>> each) {
        repository.byType(type, asOf, v -> each.accept(cast(VersionReader.read(v), data)));
    }

    /** The latest held version of each record of {@code type} that is not a tombstone, in key order. */
    @Transactional(readOnly = true)
    public <T extends CanonicalRecord> List<RecordVersion<T>> current(RecordType type, Class<T> data, Instant asOf) {
        Map<RecordKey, RecordVersion<T>> latest = new LinkedHashMap<>();
        forEachOfType(type, data, asOf, v -> latest.put(v.key(), v));
        return latest.values().stream().filter(v -> !v.deleted()).toList();
    }

    /**
     * The histories of the records of {@code types} that referred to one of {@code targets} in any held
     * version (a time entry that moved from one project to another is found under both).
     */
    @Transactional(readOnly = true)
    public Histories referringTo(Collection<RecordKey> targets, Set<RecordType> types, Instant asOf) {
        return read(repository.referringTo(targets, types, asOf));
    }

    /**
     * Everything the billing of {@code contract} reads (see {@link ContractRecords}), plus the histories
     * of {@code alsoKeys} (records earlier proposals billed that may have moved elsewhere) and of the
     * employees of all that work.
     */
    @Transactional(readOnly = true)
    public ContractRecords forContract(RecordKey contract, Collection<RecordKey> alsoKeys, Instant asOf) {
        Histories own = histories(List.of(contract), asOf);
        Histories children = referringTo(List.of(contract), CONTRACT_CHILDREN, asOf);
        Set<RecordKey> projects = new LinkedHashSet<>();
        children.keys().stream().filter(k -> k.type() == RecordType.PROJECT).forEach(projects::add);
        Histories work = referringTo(projects, PROJECT_WORK, asOf);
        Set<RecordKey> extra = new LinkedHashSet<>();
        for (RecordKey k : alsoKeys) {
            if (k.type() != RecordType.CONTRACT
                    && !work.keys().contains(k)
                    && !children.keys().contains(k)) {
                extra.add(k);
            }
        }
        Histories billed = extra.isEmpty() ? Histories.empty() : histories(extra, asOf);
        Set<RecordKey> parties = new LinkedHashSet<>();
        own.of(Contract.class).forEach(v -> parties.add(v.data().customer().key(RecordType.CUSTOMER)));
        Histories all = children.with(work).with(billed);
        all.of(TimeEntry.class).forEach(v -> parties.add(v.data().employee().key(RecordType.EMPLOYEE)));
        all.of(Expense.class).stream()
                .map(v -> v.data().employee())
                .filter(e -> e != null)
                .map((Ref e) -> e.key(RecordType.EMPLOYEE))
                .forEach(parties::add);
        Histories people = histories(parties, asOf);
        return ContractRecords.of(own.with(all).with(people));
    }

    private static Histories read(List<StoredVersion> rows) {
        List<RecordVersion<CanonicalRecord>> versions = new ArrayList<>(rows.size());
        rows.forEach(r -> versions.add(VersionReader.read(r)));
        return Histories.of(versions);
    }

    @SuppressWarnings("unchecked")
    private static <T extends CanonicalRecord> RecordVersion<T> cast(RecordVersion<CanonicalRecord> v, Class<T> type) {
        if (!type.isInstance(v.data())) {
            throw new IllegalArgumentException(v.key() + " holds " + v.data().type() + ", not " + type.getSimpleName());
        }
        return (RecordVersion<T>) (RecordVersion<?>) v;
    }
}
