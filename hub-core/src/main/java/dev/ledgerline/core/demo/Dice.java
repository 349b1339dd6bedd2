package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness. A fresh {@code Dice} is derived for each thing that is decided (an employee's
 * day, a client, a month of expenses) from the firm's seed and the thing's own coordinates, so a
 * decision never depends on how many others were made before it: the time sheets can be streamed
 * in any order and still come out the same.
 */
final class Dice {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final SplittableRandom random;

    private Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Dice of(long seed, long... coordinates) {
        long h = mix(seed ^ GOLDEN);
        for (long c : coordinates) {
            h = mix(h ^ mix(c + GOLDEN));
        }
        return new Dice(h);
    }

    static Dice of(long seed, String topic, long... coordinates) {
        long[] all = new long[coordinates.length + 1];
        all[0] = topic.hashCode();
        System.arraycopy(coordinates, 0, all, 1, coordinates.length);
        return of(seed, all);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True with a probability of {@code perMille} / 1000. */
    boolean chance(int perMille) {
        return random.nextInt(1000) < perMille;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An amount from {@code low} to {@code high} (whole units) with cents. */
    BigDecimal amount(int low, int high) {
        long cents = low * 100L + random.nextLong((high - low) * 100L + 1);
        return BigDecimal.valueOf(cents, 2);
    }

    /** A multiplier from {@code lowPercent} to {@code highPercent} per cent, to two decimals. */
    BigDecimal factor(int lowPercent, int highPercent) {
        return BigDecimal.valueOf(between(lowPercent, highPercent), 2);
    }

    long nextLong() {
        return random.nextLong();
    }
}
