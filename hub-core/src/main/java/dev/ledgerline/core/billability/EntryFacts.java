package dev.ledgerline.core.billability;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.rates.EmployeeHistory;
import java.util.Objects;

/**
 * What classifying an entry needs: the entry as the ledger holds it, its project, its task (null when
 * it has none), the project's contract (null for an internal project) and the employee's history.
 * The caller picks the versions held at the point in time it reports on.
 */
public record EntryFacts(
        RecordVersion<TimeEntry> entry, Project project, Task task, Contract contract, EmployeeHistory employee) {

    public EntryFacts {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(employee, "employee");
        if (project.isClient() && contract == null) {
            throw new IllegalArgumentException("a client project's entry needs its contract");
        }
    }
}
