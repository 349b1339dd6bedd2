package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.odoo.client.OdooRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the {@link Companion}s of delivered records in Odoo: per model one search by reference, one
 * {@code write} per distinct set of changed values, one {@code create} for the missing ones. A failure
 * fails the owners of that model's companions, which are delivered again (their own record then is
 * unchanged).
 */
final class Companions {

    private final ReferenceStores stores;

    Companions(ReferenceStores stores) {
        this.stores = stores;
    }

    /** A companion of the ledger record {@code owner}, whose Odoo record is {@code ownerId}. */
    record Owned(UUID owner, long ownerId, Companion companion) {}

    /** The owners whose companions could not be kept, with the failure. */
    Map<UUID, RuntimeException> sync(Target target, List<Owned> all) {
        Map<String, List<Owned>> byModel = new LinkedHashMap<>();
        all.forEach(o -> byModel.computeIfAbsent(
                        o.companion().model() + '\u0000' + o.companion().field().field(), k -> new ArrayList<>())
                .add(o));
        Map<UUID, RuntimeException> failed = new HashMap<>();
        byModel.values().forEach(owned -> {
            try {
                syncModel(target, owned);
            } catch (RuntimeException e) {
                owned.forEach(o -> failed.putIfAbsent(o.owner(), e));
            }
        });
        return failed;
    }

    private void syncModel(Target target, List<Owned> owned) {
        Companion first = owned.getFirst().companion();
        String model = first.model();
        ReferenceStore store = stores.of(target, model, first.field());
        Set<String> fields = new LinkedHashSet<>();
        owned.forEach(o -> fields.addAll(o.companion().keptValues(o.ownerId()).keySet()));
        ReferenceStore.Found found = store.find(
                target,
                model,
                owned.stream().map(o -> o.companion().reference()).distinct().toList(),
                List.of(),
                fields);
        Map<Map<String, Object>, List<Long>> writes = new LinkedHashMap<>();
        List<Map<String, Object>> creates = new ArrayList<>();
        List<String> created = new ArrayList<>();
        Set<String> planned = new LinkedHashSet<>();
        for (Owned o : owned) {
            Companion c = o.companion();
            if (!planned.add(c.reference())) {
                continue;
            }
            OdooRecord existing = found.byReference().get(c.reference());
            if (existing != null) {
                Map<String, Object> changes = ValueDiff.changes(c.keptValues(o.ownerId()), existing);
                if (!changes.isEmpty()) {
                    writes.computeIfAbsent(changes, k -> new ArrayList<>()).add(existing.id());
                }
            } else if (!c.retired()) {
                Map<String, Object> values = c.createValues(o.ownerId());
                store.put(values, c.reference());
                creates.add(values);
                created.add(c.reference());
            }
        }
        writes.forEach((changes, ids) -> target.call(() -> {
            target.model(model).write(ids, changes);
            return null;
        }));
        if (!creates.isEmpty()) {
            List<Long> ids = target.call(() -> target.model(model).createAll(creates));
            Map<Long, String> references = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                references.put(ids.get(i), created.get(i));
            }
            store.created(target, model, references);
        }
    }
}
