package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.ledger.DeliveryState;
import dev.ledgerline.hub.sync.SyncItem;
import java.time.Instant;
import java.util.Objects;

/**
 * A record a claimer found due, or took: {@code from} is the state it was claimed from, {@code
 * attempts} the delivery attempts made so far and {@code lockVersion} its version when read (after
 * the claim, the one the claim left); {@code acceptedAt} is when its version was accepted (null for rows
 * older than that column), where its delivery latency starts.
 */
record ClaimedRecord(
        SyncItem item,
        DeliveryState from,
        int attempts,
        long lockVersion,
        String aggregate,
        int priority,
        Instant acceptedAt) {

    ClaimedRecord {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(from, "from");
    }

    ClaimedRecord taken() {
        return new ClaimedRecord(item, from, attempts, lockVersion + 1, aggregate, priority, acceptedAt);
    }
}
