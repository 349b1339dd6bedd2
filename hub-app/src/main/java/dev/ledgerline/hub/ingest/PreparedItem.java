package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.ledger.ParentLink;
import dev.ledgerline.core.validation.Problem;
import dev.ledgerline.hub.ledger.RecordContent;
import java.util.List;

/**
 * One envelope after everything that needs no ledger: either its problems, or its typed record,
 * canonical content and parents. {@code key} is set whenever the envelope named a usable key.
 */
record PreparedItem(
        int index,
        RecordKey key,
        String envelopeJson,
        List<Problem> problems,
        RecordVersion<CanonicalRecord> record,
        RecordContent content,
        List<ParentLink> parents) {

    boolean valid() {
        return problems.isEmpty();
    }

    long version() {
        return record.version();
    }
}
