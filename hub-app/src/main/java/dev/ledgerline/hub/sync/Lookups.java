package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ids of Odoo's reference data a mapping needs (countries, currencies, taxes…), looked up once per
 * target and kept. Misses are not kept: once the record exists in Odoo, a replay finds it.
 */
final class Lookups {

    private final Map<String, Long> found = new ConcurrentHashMap<>();

    long lookup(Target target, String model, String field, String value) {
        String key = target.name() + '\u0000' + model + '\u0000' + field + '\u0000' + value;
        Long id = found.get(key);
        if (id != null) {
            return id;
        }
        List<Long> ids = target.call(() -> target.model(model)
                .search(Domain.eq(field, value), Page.first(1).orderBy("id")));
        if (ids.isEmpty()) {
            throw new MappingException(
                    "no " + model + " with " + field + " = '" + value + "' in target " + target.name());
        }
        found.put(key, ids.getFirst());
        return ids.getFirst();
    }
}
