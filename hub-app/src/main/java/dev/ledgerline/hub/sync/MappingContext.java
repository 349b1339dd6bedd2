package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import java.util.Map;
import java.util.Optional;

/** What a {@link Mapping} may ask while translating a record for one target. */
public interface MappingContext {

    /** The Odoo id of a parent record (one of core's {@code RecordLinks.parents}), in this target. */
    long odooId(RecordKey parent);

    /** The Odoo company of the target, when it names one. */
    Optional<Long> companyId();

    /**
     * The id of the record of {@code model} whose {@code field} equals {@code value} (e.g. the country
     * with code {@code GB}); looked up once per target and remembered.
     *
     * @throws MappingException when Odoo has no such record
     */
    long lookup(String model, String field, String value);

    /**
     * Like {@link #lookup}, but a missing record is created with {@code createValues} (which should set
     * {@code field} to {@code value}): reference data the hub may add, such as a department or a project
     * tag.
     */
    default long lookupOrCreate(String model, String field, String value, Map<String, Object> createValues) {
        return lookup(model, field, value);
    }

    /**
     * The current version of another ledger record (e.g. a project's contract), as the ledger holds it;
     * empty when the ledger has none or it is deleted.
     */
    default <R extends CanonicalRecord> Optional<R> record(RecordKey key, Class<R> type) {
        return Optional.empty();
    }

    /** What differs between Odoo versions on this target (by default Odoo 18's answers). */
    default TargetDialect dialect() {
        return TargetDialect.ODOO_18;
    }
}
