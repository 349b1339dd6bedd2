package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.odoo.client.OdooDialect;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A mapping's view of one target during one batch: parents already in Odoo, reference data, the ledger. */
final class TargetContext implements MappingContext {

    private final Target target;
    private final ParentIds parents;
    private final Lookups lookups;
    private final Flows flows;
    private final LedgerRepository ledger;
    private final PayloadReader reader;
    private final Dialects dialects;
    private final Map<RecordKey, Optional<String>> read = new java.util.concurrent.ConcurrentHashMap<>();

    TargetContext(
            Target target,
            ParentIds parents,
            Lookups lookups,
            Flows flows,
            LedgerRepository ledger,
            PayloadReader reader,
            Dialects dialects) {
        this.target = target;
        this.parents = parents;
        this.lookups = lookups;
        this.flows = flows;
        this.ledger = ledger;
        this.reader = reader;
        this.dialects = dialects;
    }

    @Override
    public long odooId(RecordKey parent) {
        String model = flows.of(parent.type())
                .orElseThrow(() -> new MappingException("no flow delivers " + parent.type() + " records"))
                .model();
        return parents.idOf(parent, model)
                .orElseThrow(() -> new MappingException(parent + " is not in target " + target.name()));
    }

    @Override
    public Optional<Long> companyId() {
        return target.companyId();
    }

    @Override
    public long lookup(String model, String field, String value) {
        return lookups.lookup(target, model, field, value);
    }

    @Override
    public long lookupOrCreate(String model, String field, String value, Map<String, Object> createValues) {
        return lookups.lookupOrCreate(target, model, field, value, createValues);
    }

    /**
     * The current records read during this batch: many entries of one batch name the same project,
     * employee and contract, and one reading of them is enough for the batch.
     */
    @Override
    public <R extends CanonicalRecord> Optional<R> record(RecordKey key, Class<R> type) {
        return read.computeIfAbsent(key, ledger::livePayload).flatMap(payload -> {
            try {
                return Optional.of(
                        reader.read(new SyncItem(UUID.randomUUID(), key, 1, payload, false, null, null), type));
            } catch (MappingException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public TargetDialect dialect() {
        return dialects.of(target);
    }

    /** The dialect of each target, asked once. */
    static final class Dialects {

        private final Map<String, TargetDialect> known = new java.util.concurrent.ConcurrentHashMap<>();

        TargetDialect of(Target target) {
            return known.computeIfAbsent(target.name(), n -> {
                OdooDialect dialect = target.call(target::dialect);
                int major = dialect.version().major();
                String analytic = target.call(dialect::projectAnalyticAccountField);
                return new TargetDialect() {
                    @Override
                    public int majorVersion() {
                        return major;
                    }

                    @Override
                    public String projectAnalyticAccountField() {
                        return analytic;
                    }
                };
            });
        }
    }
}
