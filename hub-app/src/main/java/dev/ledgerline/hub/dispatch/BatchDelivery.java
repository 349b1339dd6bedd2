package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ledger.RecordLinks;
import dev.ledgerline.hub.ledger.Cause;
import dev.ledgerline.hub.ledger.Settlement;
import dev.ledgerline.hub.ledger.StateWriter;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.hub.sync.Flows;
import dev.ledgerline.hub.sync.Sync;
import dev.ledgerline.hub.sync.SyncItem;
import dev.ledgerline.hub.sync.SyncOutcome;
import dev.ledgerline.odoo.client.OdooAccessDeniedException;
import dev.ledgerline.odoo.client.OdooAccessRightsException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one claimed batch: settles the records of types kept in the hub at once, routes each
 * other record to its target, lets {@link Sync} deliver it, then settles every record in one
 * transaction — only while this instance still holds its lease — and releases the children of the
 * parents it delivered.
 */
final class BatchDelivery {

    private static final int SETTLE_ATTEMPTS = 3;

    private final Targets targets;
    private final Flows flows;
    private final Sync sync;
    private final Verdicts verdicts;
    private final StateWriter states;
    private final DependencyRelease dependencies;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String owner;
    private final DeliveryMetrics metrics;

    BatchDelivery(
            Targets targets,
            Flows flows,
            Sync sync,
            Verdicts verdicts,
            StateWriter states,
            DependencyRelease dependencies,
            TransactionTemplate tx,
            Clock clock,
            String owner,
            DeliveryMetrics metrics) {
        this.targets = targets;
        this.flows = flows;
        this.sync = sync;
        this.verdicts = verdicts;
        this.states = states;
        this.dependencies = dependencies;
        this.tx = tx;
        this.clock = clock;
        this.owner = owner;
        this.metrics = metrics;
    }

    void deliver(List<ClaimedRecord> batch) {
        List<ClaimedRecord> kept = new ArrayList<>();
        Map<Optional<Target>, List<ClaimedRecord>> byTarget = new LinkedHashMap<>();
        for (ClaimedRecord c : batch) {
            if (flows.keptInHub(c.item().key().type())) {
                kept.add(c);
            } else {
                byTarget.computeIfAbsent(targets.forEntity(c.item().entity()), t -> new ArrayList<>())
                        .add(c);
            }
        }
        if (!kept.isEmpty()) {
            Map<UUID, SyncOutcome> outcomes = new LinkedHashMap<>();
            kept.forEach(c -> outcomes.put(c.item().id(), new SyncOutcome.Kept()));
            settle(null, kept, outcomes);
        }
        byTarget.forEach((target, records) -> settle(target.orElse(null), records, outcomes(target, records)));
    }

    private Map<UUID, SyncOutcome> outcomes(Optional<Target> target, List<ClaimedRecord> records) {
        Map<UUID, SyncOutcome> outcomes = new LinkedHashMap<>();
        if (target.isEmpty()) {
            records.forEach(c -> outcomes.put(
                    c.item().id(),
                    new SyncOutcome.Failed(new NoTargetException(c.item().entity()))));
            return outcomes;
        }
        List<SyncItem> items = records.stream().map(ClaimedRecord::item).toList();
        outcomes.putAll(sync.deliver(target.get(), items));
        return outcomes;
    }

    /** The history shows records in the order Odoo got them (a parent before its child of the same batch). */
    private static List<ClaimedRecord> inDeliveryOrder(List<ClaimedRecord> records, Map<UUID, SyncOutcome> outcomes) {
        Map<UUID, ClaimedRecord> byId = new LinkedHashMap<>();
        records.forEach(c -> byId.put(c.item().id(), c));
        List<ClaimedRecord> ordered = new ArrayList<>(records.size());
        outcomes.keySet().forEach(id -> {
            ClaimedRecord c = byId.remove(id);
            if (c != null) {
                ordered.add(c);
            }
        });
        ordered.addAll(byId.values());
        return ordered;
    }

    private void settle(Target target, List<ClaimedRecord> records, Map<UUID, SyncOutcome> outcomes) {
        Instant now = clock.instant();
        List<Settlement> settlements = new ArrayList<>(records.size());
        Map<UUID, RecordKey> waiting = new LinkedHashMap<>();
        List<RecordKey> deliveredParents = new ArrayList<>();
        boolean accessRefused = false;
        for (ClaimedRecord c : inDeliveryOrder(records, outcomes)) {
            SyncOutcome outcome = outcomes.get(c.item().id());
            if (outcome == null) {
                outcome = new SyncOutcome.Failed(
                        new IllegalStateException("no outcome for " + c.item().key()));
            }
            Settlement s = verdicts.settle(c, target, outcome, now);
            settlements.add(s);
            switch (outcome) {
                case SyncOutcome.Waiting w -> waiting.put(c.item().id(), w.parent());
                case SyncOutcome.Kept k -> {
                    // nothing went to Odoo: no child waits for a record kept in the hub
                }
                case SyncOutcome.Delivered d -> {
                    if (RecordLinks.canBeParent(c.item().key().type())) {
                        deliveredParents.add(c.item().key());
                    }
                }
                case SyncOutcome.Failed f ->
                    accessRefused |= f.cause() instanceof OdooAccessDeniedException
                            || f.cause() instanceof OdooAccessRightsException;
            }
        }
        if (accessRefused && target != null) {
            target.refuseAccess();
        }
        Cause released = Cause.of("dispatcher:" + owner, "parent delivered");
        Map<UUID, ClaimedRecord> byId = new LinkedHashMap<>();
        records.forEach(c -> byId.put(c.item().id(), c));
        for (int attempt = 1; ; attempt++) {
            try {
                Set<UUID> settled = tx.execute(status -> {
                    Set<UUID> written = states.settle(settlements, owner);
                    Set<UUID> lost = new HashSet<>();
                    records.forEach(c -> {
                        if (!written.contains(c.item().id())) {
                            lost.add(c.item().id());
                        }
                    });
                    // a newer version arrived meanwhile: give up the lease so it can be delivered next
                    states.releaseLeases(lost, owner);
                    Map<UUID, RecordKey> stillWaiting = new LinkedHashMap<>(waiting);
                    stillWaiting.keySet().removeAll(lost);
                    dependencies.await(stillWaiting);
                    dependencies.release(deliveredParents, released, now);
                    return written;
                });
                metrics.settled(target == null ? null : target.name(), settlements, settled, byId);
                return;
            } catch (TransientDataAccessException e) {
                // a deadlock with an ingest batch locking the same records in another order: the
                // outcome is known, so write it again rather than leave the records until their lease ends
                if (attempt == SETTLE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
