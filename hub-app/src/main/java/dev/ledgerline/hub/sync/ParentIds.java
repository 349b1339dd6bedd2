package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.binding.BindingRepository;
import dev.ledgerline.hub.odoo.Target;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Odoo ids of parents, for one batch and one target: from the bindings, and from what this batch
 * delivered so far (a project delivered before its tasks in the same batch).
 */
final class ParentIds {

    private final BindingRepository bindings;
    private final Map<RecordKey, Map<String, Long>> known = new HashMap<>();

    ParentIds(BindingRepository bindings) {
        this.bindings = bindings;
    }

    void load(Target target, Collection<RecordKey> keys) {
        List<RecordKey> unknown =
                keys.stream().distinct().filter(k -> !known.containsKey(k)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        bindings.findByKeys(target.name(), unknown)
                .forEach((key, bound) ->
                        known.computeIfAbsent(key, k -> new HashMap<>()).putAll(bound.odooIds()));
    }

    Optional<Long> idOf(RecordKey key, String model) {
        return Optional.ofNullable(known.getOrDefault(key, Map.of()).get(model));
    }

    void delivered(RecordKey key, String model, long odooId) {
        known.computeIfAbsent(key, k -> new HashMap<>()).put(model, odooId);
    }
}
