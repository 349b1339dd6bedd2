package dev.ledgerline.bench.profile;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time used by processes, read from the operating system ({@code /proc} on Linux): on a shared
 * machine it says where a benchmark's work went better than wall time does.
 */
public final class CpuTime {

    private CpuTime() {}

    /** CPU time of the process so far. */
    public static Duration of(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** CPU time of the process and of its descendants alive now (a database server and its backends). */
    public static Duration withDescendants(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .map(CpuTime::of)
                .reduce(Duration.ZERO, Duration::plus);
    }
}
