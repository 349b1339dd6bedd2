package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooContext;
import dev.ledgerline.odoo.client.OdooUnknownModelException;
import dev.ledgerline.odoo.client.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Ids of Odoo's reference data a mapping needs (countries, currencies, departments, payment terms…),
 * looked up once per target and kept. Misses are not kept: once the record exists in Odoo, a replay
 * finds it. A model the target lacks (an app not installed) stops the records that need it as a data
 * exception, not the whole target.
 */
final class Lookups {

    private final Map<String, Long> found = new ConcurrentHashMap<>();
    private final Map<String, Object> creating = new ConcurrentHashMap<>();

    long lookup(Target target, String model, String field, String value) {
        return find(target, model, field, value, () -> {
            throw new MappingException(
                    "no " + model + " with " + field + " = '" + value + "' in target " + target.name());
        });
    }

    /** One look-up-or-create per key at a time in this hub, so two batches do not both create it. */
    long lookupOrCreate(Target target, String model, String field, String value, Map<String, Object> createValues) {
        String key = key(target, model, field, value);
        Long id = found.get(key);
        if (id != null) {
            return id;
        }
        synchronized (creating.computeIfAbsent(key, k -> new Object())) {
            return find(
                    target,
                    model,
                    field,
                    value,
                    () -> knownModel(
                            target,
                            model,
                            () -> target.call(() -> target.model(model).create(createValues))));
        }
    }

    private long find(Target target, String model, String field, String value, Supplier<Long> missing) {
        String key = key(target, model, field, value);
        Long id = found.get(key);
        if (id != null) {
            return id;
        }
        // archived reference data is not used: a department or a term the firm retired
        List<Long> ids = knownModel(
                target,
                model,
                () -> target.call(() -> target.model(model)
                        .withContext(OdooContext.empty().with("active_test", true))
                        .search(Domain.eq(field, value), Page.first(1).orderBy("id"))));
        long result = ids.isEmpty() ? missing.get() : ids.getFirst();
        found.put(key, result);
        return result;
    }

    private static String key(Target target, String model, String field, String value) {
        return target.name() + '\u0000' + model + '\u0000' + field + '\u0000' + value;
    }

    private static <T> T knownModel(Target target, String model, Supplier<T> call) {
        try {
            return call.get();
        } catch (OdooUnknownModelException e) {
            throw new MappingException(
                    "target " + target.name() + " has no model " + model + " (is its Odoo app installed?)");
        }
    }
}
