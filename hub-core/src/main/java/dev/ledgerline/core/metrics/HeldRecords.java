package dev.ledgerline.core.metrics;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.rates.EmployeeHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records as the ledger held them at one instant. A key's current record is its latest held
 * version unless that version is a tombstone. Employees keep every held version, because each
 * applies from its {@code validFrom}.
 */
public final class HeldRecords {

    private final Instant asOf;
    private final Map<RecordKey, List<RecordVersion<?>>> versionsByKey;
    private final Map<RecordType, List<RecordVersion<?>>> currentByType = new EnumMap<>(RecordType.class);
    private final Map<Ref, Optional<EmployeeHistory>> histories = new HashMap<>();

    HeldRecords(Instant asOf, Map<RecordKey, List<RecordVersion<?>>> versionsByKey) {
        this.asOf = asOf;
        this.versionsByKey = versionsByKey;
        versionsByKey.forEach((key, versions) -> {
            RecordVersion<?> latest = versions.getLast();
            if (!latest.deleted()) {
                currentByType
                        .computeIfAbsent(key.type(), t -> new ArrayList<>())
                        .add(latest);
            }
        });
        Comparator<RecordVersion<?>> byKey = Comparator.comparing(v -> v.key().toString());
        currentByType.values().forEach(list -> list.sort(byKey));
    }

    public Instant asOf() {
        return asOf;
    }

    /** The records as they were held at an earlier instant (this view, cut at {@code instant}). */
    public HeldRecords at(Instant instant) {
        Map<RecordKey, List<RecordVersion<?>>> earlier = new HashMap<>();
        versionsByKey.forEach((key, versions) -> {
            List<RecordVersion<?>> received =
                    versions.stream().filter(v -> v.heldAt(instant)).toList();
            if (!received.isEmpty()) {
                earlier.put(key, received);
            }
        });
        return new HeldRecords(instant.isBefore(asOf) ? instant : asOf, earlier);
    }

    /** The current version of every live record of {@code type}, in key order. */
    public <T extends CanonicalRecord> List<RecordVersion<T>> all(RecordType type, Class<T> dataClass) {
        List<RecordVersion<T>> result = new ArrayList<>();
        for (RecordVersion<?> v : currentByType.getOrDefault(type, List.of())) {
            result.add(cast(v, dataClass));
        }
        return result;
    }

    /** The current record under {@code key}, absent when never held or deleted. */
    public <T extends CanonicalRecord> Optional<T> current(RecordKey key, Class<T> dataClass) {
        List<RecordVersion<?>> versions = versionsByKey.get(key);
        if (versions == null || versions.getLast().deleted()) {
            return Optional.empty();
        }
        return Optional.of(dataClass.cast(versions.getLast().data()));
    }

    /** The version of {@code key} the ledger held at {@code instant} (never later than this view). */
    public <T extends CanonicalRecord> Optional<RecordVersion<T>> versionHeldAt(
            RecordKey key, Instant instant, Class<T> dataClass) {
        List<RecordVersion<?>> versions = versionsByKey.getOrDefault(key, List.of());
        RecordVersion<?> found = null;
        for (RecordVersion<?> v : versions) {
            if (v.heldAt(instant)) {
                found = v;
            }
        }
        return found == null || found.deleted() ? Optional.empty() : Optional.of(cast(found, dataClass));
    }

    /** Every held version of {@code key} (tombstones included), in version order. */
    public <T extends CanonicalRecord> List<RecordVersion<T>> versions(RecordKey key, Class<T> dataClass) {
        List<RecordVersion<T>> result = new ArrayList<>();
        for (RecordVersion<?> v : versionsByKey.getOrDefault(key, List.of())) {
            result.add(cast(v, dataClass));
        }
        return result;
    }

    public Optional<Project> project(Ref ref) {
        return ref == null ? Optional.empty() : current(ref.key(RecordType.PROJECT), Project.class);
    }

    public Optional<Contract> contract(Ref ref) {
        return ref == null ? Optional.empty() : current(ref.key(RecordType.CONTRACT), Contract.class);
    }

    public Optional<Task> task(Ref ref) {
        return ref == null ? Optional.empty() : current(ref.key(RecordType.TASK), Task.class);
    }

    public Optional<Customer> customer(Ref ref) {
        return ref == null ? Optional.empty() : current(ref.key(RecordType.CUSTOMER), Customer.class);
    }

    /** The references of every live employee, in key order. */
    public List<Ref> employees() {
        return all(RecordType.EMPLOYEE, Employee.class).stream()
                .map(v -> v.key().ref())
                .toList();
    }

    /**
     * The employee version that applies on {@code date}: the held version with the latest
     * {@code validFrom} on or before it (the highest version among equal dates); before the earliest
     * {@code validFrom}, the earliest. A missing {@code validFrom} is the date of the version's
     * {@code occurredAt} (UTC), as the contract defaults it.
     */
    public Optional<Employee> employeeOn(Ref ref, LocalDate date) {
        return employeeHistory(ref).flatMap(h -> h.on(date));
    }

    /** Every held version of a live employee, ordered by {@code validFrom}; empty when unknown or deleted. */
    public Optional<EmployeeHistory> employeeHistory(Ref ref) {
        return histories.computeIfAbsent(ref, r -> {
            List<RecordVersion<?>> versions = versionsByKey.get(r.key(RecordType.EMPLOYEE));
            if (versions == null || versions.getLast().deleted()) {
                return Optional.empty();
            }
            List<RecordVersion<Employee>> live = new ArrayList<>();
            for (RecordVersion<?> v : versions) {
                if (!v.deleted()) {
                    live.add(cast(v, Employee.class));
                }
            }
            return Optional.of(EmployeeHistory.of(r, live, ZoneOffset.UTC));
        });
    }

    @SuppressWarnings("unchecked")
    private static <T extends CanonicalRecord> RecordVersion<T> cast(RecordVersion<?> v, Class<T> dataClass) {
        dataClass.cast(v.data());
        return (RecordVersion<T>) v;
    }
}
