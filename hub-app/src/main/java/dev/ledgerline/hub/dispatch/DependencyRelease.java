package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ledger.DeliveryEvent;
import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.core.ledger.DeliveryStateMachine;
import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.DependencyRepository;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.StateChange;
import dev.ledgerline.hub.ledger.StateWriter;
import dev.ledgerline.hub.ledger.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Children waiting for parents: a child the dispatcher found without its parent in Odoo waits
 * ({@code PENDING_DEPENDENCY}, one {@code ledger_dependency} row); when the parent is delivered, the
 * children that miss nothing else are released ({@code DEPENDENCY_RESOLVED → PENDING}). A child and its
 * parent settled at the same moment in two batches can miss each other; {@link #sweep} finds them.
 */
final class DependencyRelease {

    private final DependencyRepository dependencies;
    private final LedgerRepository ledger;
    private final StateWriter states;

    DependencyRelease(DependencyRepository dependencies, LedgerRepository ledger, StateWriter states) {
        this.dependencies = dependencies;
        this.ledger = ledger;
        this.states = states;
    }

    /** Records each waiting child's missing parent (inside the settling transaction). */
    void await(Map<UUID, RecordKey> parentOf) {
        if (!parentOf.isEmpty()) {
            dependencies.replace(
                    parentOf.keySet(),
                    parentOf.entrySet().stream()
                            .map(e -> new DependencyRepository.Missing(e.getKey(), e.getValue()))
                            .toList());
        }
    }

    /** Releases the children of delivered parents (inside the settling transaction). */
    int release(Collection<RecordKey> deliveredParents, Cause cause, Instant now) {
        Set<UUID> released = dependencies.release(deliveredParents);
        if (released.isEmpty()) {
            return 0;
        }
        List<StateChange> changes = new ArrayList<>();
        ledger.lockStates(released).forEach((id, state) -> {
            if (state == DeliveryState.PENDING_DEPENDENCY) {
                changes.add(new StateChange(
                        id,
                        null,
                        DeliveryStateMachine.next(state, DeliveryEvent.DEPENDENCY_RESOLVED),
                        cause,
                        now,
                        null));
            }
        });
        states.apply(changes);
        ledger.clearDependency(released);
        return changes.size();
    }

    /** Releases children whose parent was delivered without releasing them (its own transaction). */
    int sweep(Cause cause, Instant now) {
        List<RecordKey> waitedFor = dependencies.parentsWaitedFor(1000);
        if (waitedFor.isEmpty()) {
            return 0;
        }
        List<RecordKey> delivered = ledger.lockByKeys(waitedFor).values().stream()
                .filter(r -> r.state() == DeliveryState.DELIVERED)
                .map(StoredRecord::key)
                .toList();
        return delivered.isEmpty() ? 0 : release(delivered, cause, now);
    }
}
