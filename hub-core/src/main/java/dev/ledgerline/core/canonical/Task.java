package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.util.Objects;

/** A task of a project; {@code billable} null means it inherits the project's. */
public record Task(Ref project, String name, Boolean billable, BigDecimal plannedHours, Ref parent)
        implements CanonicalRecord {

    public Task {
        Objects.requireNonNull(project, "project");
        RecordKey.requireText(name, "name");
    }

    @Override
    public RecordType type() {
        return RecordType.TASK;
    }
}
