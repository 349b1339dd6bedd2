package dev.ledgerline.hub.ledger;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Ledger ids: time-ordered UUIDs (the layout of UUID version 7), so new rows land at the end of the
 * primary-key index instead of at random places in it.
 */
public final class LedgerIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LedgerIds() {}

    public static UUID next(Clock clock) {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
