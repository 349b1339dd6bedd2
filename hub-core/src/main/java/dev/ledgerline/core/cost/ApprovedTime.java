package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.HeldRecords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The approved time entries the ledger held, whatever their billability: cost is carried by
 * approved billable, non-billable and internal entries alike, at recorded hours.
 */
public final class ApprovedTime {

    private final List<RecordVersion<TimeEntry>> entries;
    private final Map<Ref, List<RecordVersion<TimeEntry>>> byEmployee = new HashMap<>();
    private final Map<Ref, List<RecordVersion<TimeEntry>>> byProject = new HashMap<>();

    public ApprovedTime(HeldRecords held) {
        this.entries = held.all(RecordType.TIME_ENTRY, TimeEntry.class).stream()
                .filter(v -> v.data().isApproved())
                .sorted(Comparator.comparing(
                                (RecordVersion<TimeEntry> v) -> v.data().date())
                        .thenComparing(v -> v.key().externalId()))
                .toList();
        for (RecordVersion<TimeEntry> v : entries) {
            byEmployee
                    .computeIfAbsent(v.data().employee(), k -> new ArrayList<>())
                    .add(v);
            byProject
                    .computeIfAbsent(v.data().project(), k -> new ArrayList<>())
                    .add(v);
        }
    }

    /** Approved entries dated in {@code range}, by date then external id. */
    public List<RecordVersion<TimeEntry>> in(DateRange range) {
        return entries.stream().filter(v -> range.contains(v.data().date())).toList();
    }

    /** One project's approved entries dated in {@code range}, by date then external id. */
    public List<RecordVersion<TimeEntry>> onProject(Ref project, DateRange range) {
        return byProject.getOrDefault(project, List.of()).stream()
                .filter(v -> range.contains(v.data().date()))
                .toList();
    }

    /** One employee's approved entries dated in {@code range}, by date then external id. */
    public List<RecordVersion<TimeEntry>> of(Ref employee, DateRange range) {
        return byEmployee.getOrDefault(employee, List.of()).stream()
                .filter(v -> range.contains(v.data().date()))
                .toList();
    }
}
