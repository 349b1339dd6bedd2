package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordVersion;
import java.util.List;
import java.util.UUID;

/**
 * Told of the versions an ingest batch accepted, inside the batch's transaction and after the ledger
 * wrote them, so whatever it keeps from the ledger commits (or rolls back) with the batch. It reads
 * the ledger as the batch left it. An exception rolls the whole batch back: a listener must not
 * fail for a record it cannot use.
 */
public interface RecordVersionListener {

    void accepted(List<AcceptedVersion> versions);

    /**
     * One accepted version: the ledger row it belongs to, what it stored, the typed record it was read
     * as (so a listener need not read it back), and whether it is the key's first accepted version.
     */
    record AcceptedVersion(
            UUID recordId, RecordContent content, RecordVersion<CanonicalRecord> record, boolean first) {}
}
