package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.RecordKey;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * The records billing holds as billed work: those on an approved, delivered or posted proposal
 * ({@link ProposalStatus#holdsWork()}). Such work is never billed again, and a later change to it is
 * corrected by billing (a returned proposal, a credit note: docs/adr/0104), so other features leave
 * what it became elsewhere as it is (docs/adr/0602).
 */
@FunctionalInterface
public interface HeldWork {

    /** The proposal holding each of {@code records} that one holds (the latest run's when several do). */
    Map<RecordKey, Holder> heldBy(Collection<RecordKey> records);

    /** A proposal holding a record: its id, status and, once delivered, the Odoo document's number. */
    record Holder(String proposalId, ProposalStatus status, String odooName) {

        public Holder {
            Objects.requireNonNull(proposalId, "proposalId");
            Objects.requireNonNull(status, "status");
        }

        /** How a message names it: {@code proposal 3f2a… (approved)}, {@code invoice INV/2026/0007 (posted)}. */
        public String describe() {
            String state = status.name().toLowerCase(java.util.Locale.ROOT);
            return odooName == null
                    ? "proposal " + proposalId + " (" + state + ")"
                    : "invoice " + odooName + " (" + state + ")";
        }
    }
}
