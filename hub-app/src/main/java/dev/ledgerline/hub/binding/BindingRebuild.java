package dev.ledgerline.hub.binding;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooContext;
import dev.ledgerline.odoo.client.OdooModel;
import dev.ledgerline.odoo.client.OdooRecord;
import dev.ledgerline.odoo.client.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the bindings of a target from Odoo alone: every record of a bound model carrying one of the
 * hub's references is bound to the ledger record of that key (archived records included). For a hub
 * whose database was restored from an older backup, or lost and re-fed by the sources: what Odoo holds
 * is bound again, so nothing is created twice.
 */
@Component
public class BindingRebuild {

    private static final int PAGE = 500;

    private final BindingRepository bindings;
    private final TransactionTemplate tx;
    private final Clock clock;

    public BindingRebuild(BindingRepository bindings, TransactionTemplate tx, Clock clock) {
        this.bindings = bindings;
        this.tx = tx;
        this.clock = clock;
    }

    /** A model the hub writes and where its reference sits there. */
    public record BoundModel(String model, ExternalReference reference) {
        public BoundModel {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /**
     * What a rebuild found: Odoo records with a reference of the hub, how many were bound to a ledger
     * record, and how many name a key the ledger does not hold (yet).
     */
    public record Result(int found, int bound, int unknown) {}

    public Result rebuild(Target target, Collection<BoundModel> models) {
        int found = 0;
        int bound = 0;
        int unknown = 0;
        for (BoundModel m : models) {
            boolean onRecord = target.call(() -> target.model(m.model()).fieldsGet())
                    .has(m.reference().field());
            long after = 0;
            while (true) {
                List<Held> held = onRecord ? onRecords(target, m, after) : asExternalIds(target, m, after);
                if (held.isEmpty()) {
                    break;
                }
                after = held.getLast().rowId();
                found += held.size();
                Map<RecordKey, Long> byKey = new LinkedHashMap<>();
                for (Held h : held) {
                    ExternalReference.parse(h.reference())
                            // of two Odoo records with one reference, the older one is the binding
                            .ifPresent(key -> byKey.merge(key, h.odooId(), Math::min));
                }
                unknown += held.size() - byKey.size();
                Map<RecordKey, BindingRepository.Bound> ledger = bindings.findByKeys(target.name(), byKey.keySet());
                List<Binding> rebuilt = new ArrayList<>();
                byKey.forEach((key, odooId) -> {
                    BindingRepository.Bound b = ledger.get(key);
                    if (b != null) {
                        rebuilt.add(new Binding(target.name(), m.model(), odooId, b.recordId()));
                    }
                });
                unknown += byKey.size() - rebuilt.size();
                bound += rebuilt.size();
                tx.executeWithoutResult(s -> bindings.bind(rebuilt, clock.instant()));
                if (held.size() < PAGE) {
                    break;
                }
            }
        }
        return new Result(found, bound, unknown);
    }

    /** A reference found in Odoo, the record carrying it, and the row the page continues after. */
    private record Held(String reference, long odooId, long rowId) {}

    /** References in a field of the records (archived ones included), a page after {@code after}. */
    private static List<Held> onRecords(Target target, BoundModel m, long after) {
        OdooModel model =
                target.model(m.model()).withContext(OdooContext.empty().with("active_test", false));
        Domain page = m.reference().any().and(Domain.gt("id", after));
        List<OdooRecord> records = target.call(() -> model.searchRead(
                page, List.of(m.reference().field()), Page.first(PAGE).orderBy("id")));
        List<Held> held = new ArrayList<>();
        for (OdooRecord r : records) {
            held.add(new Held(r.string(m.reference().field()).orElse(""), r.id(), r.id()));
        }
        return held;
    }

    /** References kept as external ids of module {@code ledgerline}, where the model lacks the field. */
    private static List<Held> asExternalIds(Target target, BoundModel m, long after) {
        Domain page = Domain.eq("module", ExternalReference.MODULE)
                .and(Domain.eq("model", m.model()))
                .and(Domain.gt("id", after));
        List<OdooRecord> rows = target.call(() -> target.model("ir.model.data")
                .searchRead(page, List.of("name", "res_id"), Page.first(PAGE).orderBy("id")));
        List<Held> held = new ArrayList<>();
        for (OdooRecord r : rows) {
            held.add(new Held(r.string("name").orElse(""), r.integer("res_id"), r.id()));
        }
        return held;
    }
}
