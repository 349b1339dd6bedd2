package dev.ledgerline.core.metrics;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billability.EntryClassifier;
import dev.ledgerline.core.billability.EntryFacts;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.rates.EmployeeHistory;
import dev.ledgerline.core.rates.RatePrecedence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every time entry the ledger held, classified by the billing rules ({@code core.billability}) with
 * the project, task, contract and employee versions held at the same instant. An entry whose project,
 * contract or employee the ledger does not hold cannot be valued and is left out.
 */
public final class ClassifiedTime {

    private final HeldRecords held;
    private final EntryClassifier classifier;
    private List<ClassifiedEntry> entries;

    public ClassifiedTime(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.classifier = new EntryClassifier(new RatePrecedence(settings.rateCard(), settings::ratesOf));
    }

    /** Every classifiable entry, rejected ones included, by date then external id. */
    public List<ClassifiedEntry> all() {
        if (entries == null) {
            List<ClassifiedEntry> classified = new ArrayList<>();
            for (RecordVersion<TimeEntry> v : held.all(RecordType.TIME_ENTRY, TimeEntry.class)) {
                classify(v).ifPresent(classified::add);
            }
            classified.sort(
                    Comparator.comparing((ClassifiedEntry c) -> c.entry().date())
                            .thenComparing(c -> c.key().externalId()));
            entries = List.copyOf(classified);
        }
        return entries;
    }

    /** The entry classified with the records held alongside it. */
    public Optional<ClassifiedEntry> classify(RecordVersion<TimeEntry> version) {
        return facts(version).map(classifier::classify);
    }

    /**
     * An unapproved entry classified as if it were approved now: what it would be worth once
     * approved, which is how unapproved time is valued.
     */
    public Optional<ClassifiedEntry> asIfApproved(RecordVersion<TimeEntry> version) {
        TimeEntry e = version.data();
        TimeEntry approved = new TimeEntry(
                e.employee(),
                e.project(),
                e.date(),
                e.hours(),
                e.task(),
                e.description(),
                TimeEntry.Status.APPROVED,
                e.billable(),
                e.approvedBy(),
                e.approvedAt() != null ? e.approvedAt() : Instant.EPOCH,
                e.role());
        return classify(new RecordVersion<>(
                version.key(),
                version.version(),
                version.occurredAt(),
                version.receivedAt(),
                version.entity(),
                false,
                approved));
    }

    private Optional<EntryFacts> facts(RecordVersion<TimeEntry> version) {
        TimeEntry entry = version.data();
        Optional<Project> project = held.project(entry.project());
        Optional<EmployeeHistory> employee = held.employeeHistory(entry.employee());
        if (project.isEmpty() || employee.isEmpty()) {
            return Optional.empty();
        }
        Contract contract = held.contract(project.get().contract()).orElse(null);
        if (project.get().isClient() && contract == null) {
            return Optional.empty();
        }
        return Optional.of(
                new EntryFacts(version, project.get(), held.task(entry.task()).orElse(null), contract, employee.get()));
    }
}
