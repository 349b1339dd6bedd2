package dev.ledgerline.hub.sync;

import dev.ledgerline.core.canonical.RecordKey;
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
}
