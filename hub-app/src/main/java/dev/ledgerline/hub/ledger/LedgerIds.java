package dev.ledgerline.hub.ledger;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Ledger ids: time-ordered UUIDs (the layout of UUID version 7), so new rows land at the end of the
 * primary-key index instead of at random places in it. Within one process they are also strictly
 * increasing: ids taken in the same millisecond count up in the 12 bits after the time (RFC 9562's
 * "fixed bit-length dedicated counter"), so id order is arrival order, which the dispatcher uses as a
 * record's age inside its aggregate.
 */
public final class LedgerIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis = -1;
    private static long counter;

    private LedgerIds() {}

    public static UUID next(Clock clock) {
        long millis;
        long sequence;
        synchronized (LedgerIds.class) {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0x0FFFL) {
                    // 4,096 ids in one millisecond: borrow the next one
                    millis++;
                    counter = 0;
                }
            } else {
                counter = 0;
            }
            lastMillis = millis;
            sequence = counter;
        }
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
