package dev.ledgerline.core.rates;

import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versions of one employee, ordered by {@code validFrom}: what their role, standard hourly cost
 * and currency were on a given date. Dates before the earliest {@code validFrom} use the earliest
 * version (contract.md).
 */
public record EmployeeHistory(Ref employee, List<Employee> versions) {

    public EmployeeHistory {
        Objects.requireNonNull(employee, "employee");
        if (versions.stream().anyMatch(v -> v.validFrom() == null)) {
            throw new IllegalArgumentException("every version needs validFrom; use EmployeeHistory.of to default it");
        }
        versions = versions.stream()
                .sorted(Comparator.comparing(Employee::validFrom))
                .toList();
    }

    /** A history of one version valid since the beginning of time (for tests and single-version data). */
    public static EmployeeHistory single(Ref employee, Employee version) {
        Employee dated = version.validFrom() != null ? version : withValidFrom(version, LocalDate.MIN);
        return new EmployeeHistory(employee, List.of(dated));
    }

    /**
     * Builds the history from the ledger's versions. A version without {@code validFrom} is valid from
     * the date of its {@code occurredAt} (else its receipt) in {@code zone}; of two versions valid from
     * the same date, the later ledger version wins, since it corrects the earlier one.
     */
    public static EmployeeHistory of(Ref employee, Collection<RecordVersion<Employee>> ledgerVersions, ZoneId zone) {
        TreeMap<LocalDate, RecordVersion<Employee>> byDate = new TreeMap<>();
        for (RecordVersion<Employee> v : ledgerVersions) {
            LocalDate from = validFrom(v, zone);
            byDate.merge(from, v, (a, b) -> a.version() >= b.version() ? a : b);
        }
        List<Employee> dated = byDate.entrySet().stream()
                .map(e -> withValidFrom(e.getValue().data(), e.getKey()))
                .toList();
        return new EmployeeHistory(employee, dated);
    }

    /** The version in force on {@code date}; the earliest version before any {@code validFrom}. */
    public Optional<Employee> on(LocalDate date) {
        Employee found = null;
        for (Employee v : versions) {
            if (v.validFrom().isAfter(date)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found != null ? found : versions.isEmpty() ? null : versions.getFirst());
    }

    /** The employee's rate-card role on {@code date}, when they have one. */
    public Optional<String> roleOn(LocalDate date) {
        return on(date).map(Employee::role).filter(r -> !r.isBlank());
    }

    private static LocalDate validFrom(RecordVersion<Employee> v, ZoneId zone) {
        if (v.data().validFrom() != null) {
            return v.data().validFrom();
        }
        return (v.occurredAt() != null ? v.occurredAt() : v.receivedAt())
                .atZone(zone)
                .toLocalDate();
    }

    private static Employee withValidFrom(Employee e, LocalDate from) {
        return new Employee(
                e.name(),
                e.entity(),
                e.email(),
                e.role(),
                e.practice(),
                e.department(),
                e.manager(),
                e.standardHourlyCost(),
                e.currency(),
                e.weeklyCapacityHours(),
                e.startDate(),
                e.endDate(),
                from);
    }
}
