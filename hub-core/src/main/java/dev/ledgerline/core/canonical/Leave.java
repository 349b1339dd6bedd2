package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Hours of absence of one employee on one day; only approved leave reduces capacity. */
public record Leave(Ref employee, LocalDate date, BigDecimal hours, Kind kind, Status status)
        implements CanonicalRecord {

    public enum Kind {
        VACATION,
        SICK,
        PUBLIC_HOLIDAY,
        OTHER
    }

    public enum Status {
        SUBMITTED,
        APPROVED,
        REFUSED,
        CANCELLED
    }

    public Leave {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        if (kind == null) {
            kind = Kind.OTHER;
        }
        if (status == null) {
            status = Status.APPROVED;
        }
    }

    @Override
    public RecordType type() {
        return RecordType.LEAVE;
    }

    public boolean counts() {
        return status == Status.APPROVED;
    }
}
