package dev.ledgerline.hub.dispatch;

import dev.ledgerline.core.canonical.RecordType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * How one database finds due work for a claim, inside the claim's transaction: records in {@code
 * PENDING} or {@code RETRY_WAIT} due at {@code now}, of a type some flow delivers, without a live lease
 * and without a sibling of their aggregate in flight or retrying before them; by lane, then age.
 * The claim itself is one conditional update per record ({@code StateWriter.claim}), whichever the
 * strategy. Chosen once at startup from the database ({@link ClaimStrategies}).
 */
interface ClaimStrategy {

    List<ClaimedRecord> candidates(Collection<RecordType> types, int limit, Instant now);
}
