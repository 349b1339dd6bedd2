package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.RecordKey;
import java.util.Objects;

/** What became of one record handed to {@link Sync}. */
public sealed interface SyncOutcome {

    /** What the delivery did in Odoo. */
    enum Effect {
        /** A new record was created. */
        CREATED,
        /** The record existed (bound or found by its reference); changed fields were written. */
        UPDATED,
        /** The record existed with the same values: nothing was written. */
        UNCHANGED,
        /** A deletion archived the record. */
        ARCHIVED,
        /** A deletion removed the record from Odoo ({@code ledgerline.sync.<type>.delete: unlink}). */
        UNLINKED,
        /** A deletion of a record Odoo never had: nothing to do. */
        ABSENT
    }

    /** Odoo holds this version; {@code odooId} is null only for {@link Effect#ABSENT}. */
    record Delivered(String model, Long odooId, Effect effect) implements SyncOutcome {
        public Delivered {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(effect, "effect");
        }
    }

    /**
     * Nothing was sent and the delivery of this version is complete: its type is kept in the hub (no Odoo
     * flow by design, {@code reason} null), or its flow keeps this version back ({@code reason} says why,
     * starting with a stable code: a time entry not approved, an invoiced timesheet line left as it is).
     */
    record Kept(String reason) implements SyncOutcome {

        /** A record of a type kept in the hub. */
        public Kept() {
            this(null);
        }
    }

    /** A parent is not in Odoo yet: the record waits for it. */
    record Waiting(RecordKey parent) implements SyncOutcome {
        public Waiting {
            Objects.requireNonNull(parent, "parent");
        }
    }

    /** The delivery failed; the dispatcher decides by the cause's type what happens next. */
    record Failed(RuntimeException cause) implements SyncOutcome {
        public Failed {
            Objects.requireNonNull(cause, "cause");
        }
    }
}
