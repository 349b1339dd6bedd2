package dev.ledgerline.hub.testing;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.MappingException;
import dev.ledgerline.hub.sync.TargetDialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Odoo as far as a mapping sees it, for mapping unit tests: the parents bound so far, the reference
 * data Odoo holds, the ledger's related records, the version; and what a mapping had created. A look-up
 * of something not declared fails as Odoo's would.
 */
public final class KnownOdoo implements MappingContext {

    private final Map<RecordKey, Long> parents = new HashMap<>();
    private final Map<String, Long> referenceData = new HashMap<>();
    private final Map<RecordKey, CanonicalRecord> records = new HashMap<>();
    private final List<Map<String, Object>> created = new ArrayList<>();
    private Long companyId;
    private TargetDialect dialect = TargetDialect.ODOO_18;
    private long nextId = 1000;

    public KnownOdoo parent(RecordKey key, long odooId) {
        parents.put(key, odooId);
        return this;
    }

    public KnownOdoo holds(String model, String field, String value, long id) {
        referenceData.put(model + '|' + field + '|' + value, id);
        return this;
    }

    public KnownOdoo ledger(RecordKey key, CanonicalRecord record) {
        records.put(key, record);
        return this;
    }

    public KnownOdoo company(long id) {
        this.companyId = id;
        return this;
    }

    public KnownOdoo version(int major) {
        this.dialect = TargetDialect.of(major);
        return this;
    }

    /** The values of every record a look-up created, in order. */
    public List<Map<String, Object>> created() {
        return created;
    }

    @Override
    public long odooId(RecordKey parent) {
        Long id = parents.get(parent);
        if (id == null) {
            throw new MappingException(parent + " is not in target test");
        }
        return id;
    }

    @Override
    public Optional<Long> companyId() {
        return Optional.ofNullable(companyId);
    }

    @Override
    public long lookup(String model, String field, String value) {
        Long id = referenceData.get(model + '|' + field + '|' + value);
        if (id == null) {
            throw new MappingException("no " + model + " with " + field + " = '" + value + "' in target test");
        }
        return id;
    }

    @Override
    public long lookupOrCreate(String model, String field, String value, Map<String, Object> createValues) {
        Long id = referenceData.get(model + '|' + field + '|' + value);
        if (id != null) {
            return id;
        }
        long newId = nextId++;
        created.add(createValues);
        referenceData.put(model + '|' + field + '|' + value, newId);
        return newId;
    }

    @Override
    public <R extends CanonicalRecord> Optional<R> record(RecordKey key, Class<R> type) {
        return Optional.ofNullable(records.get(key)).filter(type::isInstance).map(type::cast);
    }

    @Override
    public TargetDialect dialect() {
        return dialect;
    }
}
