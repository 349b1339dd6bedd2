package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ledger.ParentLink;
import dev.ledgerline.core.ledger.RecordLinks;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.sync.SyncOutcome.Delivered;
import dev.ledgerline.hub.sync.SyncOutcome.Failed;
import dev.ledgerline.hub.sync.SyncOutcome.Waiting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Delivers one flow's records of one batch to one target. Records whose parents are in Odoo go first;
 * a record whose parent is delivered in the same batch goes in the next round; one whose parent is
 * elsewhere waits for it (a version its flow keeps back waits for nothing). Each round is {@link
 * Round}: search by reference, create, write.
 */
final class FlowSync<T extends CanonicalRecord> {

    private final Target target;
    private final Mapping<T> mapping;
    private final Flows flows;
    private final ParentIds parents;
    private final PayloadReader reader;
    private final Round<T> round;

    FlowSync(Target target, Mapping<T> mapping, Flows flows, ParentIds parents, PayloadReader reader, Round<T> round) {
        this.target = target;
        this.mapping = mapping;
        this.flows = flows;
        this.parents = parents;
        this.reader = reader;
        this.round = round;
    }

    Map<UUID, SyncOutcome> deliver(List<SyncItem> items) {
        Map<UUID, SyncOutcome> out = new LinkedHashMap<>();
        List<Entry<T>> pending = new ArrayList<>();
        for (SyncItem item : items) {
            try {
                T record = reader.read(item, mapping.recordClass());
                // a version kept back only leaves Odoo, if anything: it needs no parent there
                boolean keptBack = !item.deleted() && mapping.keptBack(record).isPresent();
                pending.add(new Entry<>(item, record, keptBack ? List.of() : parentsOf(record)));
            } catch (RuntimeException e) {
                out.put(item.id(), new Failed(e));
            }
        }
        parents.load(target, pending.stream().flatMap(e -> e.parents().stream()).toList());
        while (!pending.isEmpty()) {
            Set<RecordKey> stillPending = new HashSet<>();
            pending.forEach(e -> stillPending.add(e.item().key()));
            List<Entry<T>> ready = new ArrayList<>();
            List<Entry<T>> later = new ArrayList<>();
            for (Entry<T> e : pending) {
                Optional<RecordKey> missing = firstMissingParent(e);
                if (missing.isEmpty()) {
                    ready.add(e);
                } else if (stillPending.contains(missing.get())) {
                    later.add(e);
                } else {
                    out.put(e.item().id(), new Waiting(missing.get()));
                }
            }
            if (ready.isEmpty()) {
                later.forEach(e ->
                        out.put(e.item().id(), new Waiting(firstMissingParent(e).orElseThrow())));
                break;
            }
            Map<UUID, SyncOutcome> done = round.run(target, mapping, ready);
            out.putAll(done);
            for (Entry<T> e : ready) {
                if (done.get(e.item().id()) instanceof Delivered d && d.odooId() != null) {
                    parents.delivered(e.item().key(), mapping.model(), d.odooId());
                }
            }
            pending = later;
        }
        return out;
    }

    /** The parents that some flow delivers to Odoo; the others (e.g. contracts) only had to be in the ledger. */
    private List<RecordKey> parentsOf(T record) {
        return RecordLinks.parents(record).stream()
                .map(ParentLink::parent)
                .filter(p -> flows.delivers(p.type()))
                .toList();
    }

    private Optional<RecordKey> firstMissingParent(Entry<T> e) {
        return e.parents().stream()
                .filter(p -> parents.idOf(p, modelOf(p)).isEmpty())
                .findFirst();
    }

    private String modelOf(RecordKey parent) {
        return flows.of(parent.type()).orElseThrow().model();
    }

    /** One record on its way: the ledger's item, its canonical record and the parents it needs in Odoo. */
    record Entry<T extends CanonicalRecord>(SyncItem item, T record, List<RecordKey> parents) {}

    /** The reference the hub writes on a record. */
    static String referenceOf(SyncItem item) {
        return ExternalReference.valueOf(item.key());
    }
}
