package dev.ledgerline.hub.ledger;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.ledger.DeliveryState;
import java.util.Objects;
import java.util.UUID;

/**
 * The ledger's current view of one key, as ingest needs it: {@code version} and {@code contentHash}
 * are those of the newest accepted version, null while the key holds only rejections.
 */
public record StoredRecord(UUID id, RecordKey key, Long version, String contentHash, DeliveryState state) {

    public StoredRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
    }

    public boolean hasAcceptedVersion() {
        return version != null;
    }

    public StoredRecord with(long newVersion, String newHash, DeliveryState newState) {
        return new StoredRecord(id, key, newVersion, newHash, newState);
    }
}
