package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.Leave;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.capacity.DayCapacity;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps the capacity days: {@code core.capacity.CapacityCalculator} applied to an employee's versions
 * and leave, for every working day inside the capacity horizon. A leave change recomputes its old
 * and new day; an employee change recomputes the employee's whole horizon.
 */
@Component
class CapacityProjection {

    private final StoredVersions versions;
    private final CapacityFactRepository facts;
    private final ProjectionProperties properties;

    CapacityProjection(StoredVersions versions, CapacityFactRepository facts, ProjectionProperties properties) {
        this.versions = versions;
        this.facts = facts;
        this.properties = properties;
    }

    /**
     * Keeps the leave records {@code ids} as they now are and answers the days they touched, before
     * and after the change.
     */
    Set<CapacityFactRepository.EmployeeDay> refreshLeave(Collection<UUID> ids) {
        return refreshLeave(ids, FactDeriver.Batch.none());
    }

    /** The same, taking the versions the batch wrote from it. */
    Set<CapacityFactRepository.EmployeeDay> refreshLeave(Collection<UUID> ids, FactDeriver.Batch batch) {
        Set<CapacityFactRepository.EmployeeDay> touched = new LinkedHashSet<>();
        for (List<UUID> chunk : Chunks.of(List.copyOf(ids))) {
            touched.addAll(facts.keptLeaveDays(chunk));
            Map<UUID, Leave> live = new LinkedHashMap<>();
            versions.currentById(chunk, batch).forEach((id, stored) -> {
                if (!stored.version().deleted() && stored.version().data() instanceof Leave leave) {
                    live.put(id, leave);
                    touched.add(new CapacityFactRepository.EmployeeDay(
                            leave.employee().toString(), leave.date()));
                }
            });
            facts.replaceLeave(chunk, live);
        }
        return touched;
    }

    /** Recomputes every capacity day of the employees {@code refs} (written {@code source:externalId}). */
    void refreshEmployees(Collection<String> refs, FirmSettings settings) {
        for (String employee : new TreeSet<>(refs)) {
            Ref ref = Ref.parse(employee, "");
            HeldRecords held = hold(ref, employee);
            List<CapacityDay> days = new ArrayList<>();
            if (held.employeeHistory(ref).isPresent()) {
                CapacityCalculator capacity = new CapacityCalculator(held, settings);
                Attribution attribution = new Attribution(held);
                for (DayCapacity day : capacity.days(ref, properties.capacityFrom(), properties.capacityUntil())) {
                    days.add(row(employee, day, attribution));
                }
            }
            facts.replaceEmployee(employee, days);
        }
    }

    /** Recomputes single days, leaving out employees whose every day was just recomputed. */
    void refreshDays(Collection<CapacityFactRepository.EmployeeDay> days, Set<String> skip, FirmSettings settings) {
        Map<String, List<LocalDate>> byEmployee = new LinkedHashMap<>();
        for (CapacityFactRepository.EmployeeDay d : days) {
            if (!skip.contains(d.employee())
                    && !d.date().isBefore(properties.capacityFrom())
                    && !d.date().isAfter(properties.capacityUntil())) {
                byEmployee.computeIfAbsent(d.employee(), k -> new ArrayList<>()).add(d.date());
            }
        }
        byEmployee.forEach((employee, dates) -> {
            Ref ref = Ref.parse(employee, "");
            HeldRecords held = hold(ref, employee);
            CapacityCalculator capacity = new CapacityCalculator(held, settings);
            Attribution attribution = new Attribution(held);
            List<CapacityFactRepository.EmployeeDay> derived = new ArrayList<>();
            List<CapacityDay> rows = new ArrayList<>();
            for (LocalDate date : new TreeSet<>(dates)) {
                derived.add(new CapacityFactRepository.EmployeeDay(employee, date));
                capacity.day(ref, date).ifPresent(day -> rows.add(row(employee, day, attribution)));
            }
            facts.replaceDays(derived, rows);
        });
    }

    /** The employee's versions and kept leave, held together. */
    private HeldRecords hold(Ref ref, String employee) {
        List<RecordVersion<?>> leave = new ArrayList<>();
        versions.currentById(facts.leaveIdsOf(employee)).values().forEach(s -> leave.add(s.version()));
        return new Context(versions).employee(ref).hold(leave);
    }

    private static CapacityDay row(String employee, DayCapacity day, Attribution attribution) {
        Attributes a = attribution.ofEmployee(Ref.parse(employee, ""), day.date());
        return new CapacityDay(
                employee,
                day.date(),
                a.get(Dimension.ENTITY),
                a.get(Dimension.PRACTICE),
                a.get(Dimension.ROLE),
                day.workingHours(),
                day.leaveHours(),
                day.capacityHours());
    }
}
