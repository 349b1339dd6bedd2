package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.ledger.ParentLink;
import dev.ledgerline.core.validation.Problem;
import dev.ledgerline.hub.ledger.RecordContent;
import java.util.List;
import java.util.Map;

/**
 * One envelope after everything that needs no ledger: either its problems, or its typed record,
 * canonical content and parents. {@code key} is set whenever the envelope named a usable key;
 * {@code envelope} is the parsed envelope (null when it was no JSON object) and {@code data} the
 * {@code data} tree read from it (valid items only).
 */
record PreparedItem(
        int index,
        RecordKey key,
        String envelopeJson,
        List<Problem> problems,
        RecordVersion<CanonicalRecord> record,
        RecordContent content,
        List<ParentLink> parents,
        Map<String, Object> envelope,
        Map<String, Object> data) {

    boolean valid() {
        return problems.isEmpty();
    }

    long version() {
        return record.version();
    }
}
