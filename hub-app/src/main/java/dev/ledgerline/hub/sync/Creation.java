package dev.ledgerline.hub.sync;

import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.sync.SyncOutcome.Delivered;
import dev.ledgerline.hub.sync.SyncOutcome.Effect;
import dev.ledgerline.hub.sync.SyncOutcome.Failed;
import dev.ledgerline.odoo.client.OdooMissingRecordException;
import dev.ledgerline.odoo.client.OdooUserErrorException;
import dev.ledgerline.odoo.client.OdooValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * New records of one model, created with one {@code create} call (one Odoo transaction: all or none).
 * When Odoo refuses the data of a batch without saying which record, the batch is halved until the
 * refused records stand alone, so one bad record does not hold back the others: a few more calls
 * (about 2 log2 n for one bad record in n) instead of n single creates.
 */
final class Creation {

    /** A record to create and its values. */
    record New(UUID recordId, Map<String, Object> values) {}

    Map<UUID, SyncOutcome> create(Target target, String model, List<New> records) {
        Map<UUID, SyncOutcome> out = new LinkedHashMap<>();
        create(target, model, records, out);
        return out;
    }

    private void create(Target target, String model, List<New> records, Map<UUID, SyncOutcome> out) {
        if (records.isEmpty()) {
            return;
        }
        try {
            List<Long> ids = target.call(() -> target.model(model)
                    .createAll(records.stream().map(New::values).toList()));
            for (int i = 0; i < records.size(); i++) {
                out.put(records.get(i).recordId(), new Delivered(model, ids.get(i), Effect.CREATED));
            }
        } catch (RuntimeException e) {
            if (records.size() > 1 && blamesOneRecord(e)) {
                int half = records.size() / 2;
                create(target, model, records.subList(0, half), out);
                create(target, model, records.subList(half, records.size()), out);
            } else {
                records.forEach(r -> out.put(r.recordId(), new Failed(e)));
            }
        }
    }

    /**
     * Refusals that can come from one record's values. An unknown field or an access error would fail
     * every half alike, and a transient failure is retried as a whole later.
     */
    private static boolean blamesOneRecord(RuntimeException e) {
        return e instanceof OdooValidationException
                || e instanceof OdooUserErrorException
                || e instanceof OdooMissingRecordException;
    }
}
