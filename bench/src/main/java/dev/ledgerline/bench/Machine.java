package dev.ledgerline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a benchmark ran on. Absolute figures depend on it, and on a shared machine on what else
 * ran: the load average before and after a run is kept with its figures.
 */
public record Machine(int cores, long memoryMiB, String java, String os, String loadBefore, String loadAfter) {

    public static Machine now() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                totalMemoryMiB(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                loadAverage(),
                null);
    }

    public Machine finished() {
        return new Machine(cores, memoryMiB, java, os, loadBefore, loadAverage());
    }

    /** The 1, 5 and 15 minute load averages, as the kernel reports them. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long totalMemoryMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst()
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
