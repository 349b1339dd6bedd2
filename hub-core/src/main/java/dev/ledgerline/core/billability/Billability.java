package dev.ledgerline.core.billability;

import java.util.Objects;

/**
 * The classification of an entry: billable, excluded for exactly one reason, or billable in every
 * respect but waiting for a rate ({@code NO_RATE}, an exception rather than a reason).
 */
public sealed interface Billability {

    Billable BILLABLE = new Billable();
    AwaitingRate AWAITING_RATE = new AwaitingRate();

    /** A stable code: {@code BILLABLE}, a {@link BillabilityReason} name, or {@code NO_RATE}. */
    String code();

    default boolean isBillable() {
        return this instanceof Billable;
    }

    static Billability excluded(BillabilityReason reason) {
        return new Excluded(reason);
    }

    record Billable() implements Billability {
        @Override
        public String code() {
            return "BILLABLE";
        }
    }

    record Excluded(BillabilityReason reason) implements Billability {
        public Excluded {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String code() {
            return reason.code();
        }
    }

    record AwaitingRate() implements Billability {
        @Override
        public String code() {
            return "NO_RATE";
        }
    }
}
