package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An engagement (client) or internal project, owned by the PSA. */
public record Project(
        String name,
        Ref customer,
        String entity,
        Kind kind,
        Ref contract,
        Status status,
        String manager,
        String practice,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budgetHours,
        BigDecimal budgetAmount,
        boolean billable)
        implements CanonicalRecord {

    public enum Kind {
        CLIENT,
        INTERNAL
    }

    /** Lifecycle states of domain.md; the first four are ordered, the billing ones derived. */
    public enum Status {
        SOLD,
        INITIATED,
        STAFFED,
        IN_DELIVERY,
        PENDING_BILLING,
        PARTIALLY_BILLED,
        CLOSED
    }

    public Project {
        RecordKey.requireText(name, "name");
        Objects.requireNonNull(customer, "customer");
        RecordKey.requireText(entity, "entity");
        if (kind == null) {
            kind = Kind.CLIENT;
        }
        if (kind == Kind.CLIENT && contract == null) {
            throw new IllegalArgumentException("a client project needs a contract");
        }
    }

    @Override
    public RecordType type() {
        return RecordType.PROJECT;
    }

    public boolean isClient() {
        return kind == Kind.CLIENT;
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }
}
