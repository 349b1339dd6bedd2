package dev.ledgerline.bench;

import java.util.Arrays;

/** Percentiles of measured durations in milliseconds, by the nearest-rank method. */
public record Latencies(int count, double p50, double p90, double p99, double max) {

    public static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(
                sorted.length,
                millis(rank(sorted, 50)),
                millis(rank(sorted, 90)),
                millis(rank(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
