package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Hours one employee worked on one project on one day, as the PSA records them. {@code billable}
 * null means "inherit from the task, else the project"; {@code role} overrides the employee's role
 * for the rate lookup.
 */
public record TimeEntry(
        Ref employee,
        Ref project,
        LocalDate date,
        BigDecimal hours,
        Ref task,
        String description,
        Status status,
        Boolean billable,
        String approvedBy,
        Instant approvedAt,
        String role)
        implements CanonicalRecord {

    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    public enum Status {
        DRAFT,
        SUBMITTED,
        APPROVED,
        REJECTED
    }

    public TimeEntry {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new IllegalArgumentException("hours must be > 0 and <= 24");
        }
        if (status == null) {
            status = Status.DRAFT;
        }
        if (status == Status.APPROVED && approvedAt == null) {
            throw new IllegalArgumentException("an approved entry needs approvedAt");
        }
    }

    @Override
    public RecordType type() {
        return RecordType.TIME_ENTRY;
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }
}
