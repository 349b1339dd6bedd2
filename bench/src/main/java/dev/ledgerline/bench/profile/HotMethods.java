package dev.ledgerline.bench.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spent its CPU, from the execution samples ({@code jdk.ExecutionSample}) of a flight
 * recording, counted inside a time window: by the method on top of the stack, by the nearest Ledgerline
 * method below it (whose call the time was spent for), and by the library that was running (the nearest
 * frame outside the JDK). The same samples {@code jfr print --events jdk.ExecutionSample} lists.
 */
public final class HotMethods {

    /** Package prefixes and the part of the hub they are. */
    private static final Map<String, String> AREAS = orderedAreas();

    private HotMethods() {}

    private static Map<String, String> orderedAreas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("dev.ledgerline.", "Ledgerline code");
        areas.put("org.h2.", "H2 database");
        areas.put("org.postgresql.", "PostgreSQL JDBC driver");
        areas.put("com.zaxxer.hikari.", "HikariCP connection pool");
        areas.put("tools.jackson.", "Jackson (JSON)");
        areas.put("com.fasterxml.jackson.", "Jackson (JSON)");
        areas.put("org.springframework.", "Spring");
        areas.put("org.apache.catalina.", "Tomcat (HTTP)");
        areas.put("org.apache.coyote.", "Tomcat (HTTP)");
        areas.put("org.apache.tomcat.", "Tomcat (HTTP)");
        areas.put("io.micrometer.", "Micrometer");
        areas.put("org.flywaydb.", "Flyway");
        return areas;
    }

    /** The profile of one window, each list the {@code top} largest shares. */
    public record Profile(
            long samples, List<Share> topFrames, List<Share> ledgerlineCallers, List<Share> areas, List<Wait> waits) {}

    /**
     * Time threads spent blocked ({@code jdk.SocketRead}: waiting for the database's answer; {@code
     * jdk.ThreadPark}, {@code jdk.JavaMonitorEnter}, {@code jdk.JavaMonitorWait}: waiting for a lock), summed by kind and the nearest
     * Ledgerline method (waits without one are idle pool threads). The recording keeps only waits of 10 ms
     * or more ({@code settings=profile}).
     */
    public record Wait(String where, long events, double seconds) {}

    private static final Map<String, String> WAIT_EVENTS = Map.of(
            "jdk.SocketRead", "socket read",
            "jdk.ThreadPark", "park",
            "jdk.JavaMonitorEnter", "monitor enter",
            "jdk.JavaMonitorWait", "monitor wait");

    /** A part of the samples. */
    public record Share(String name, long samples, double percent) {}

    public static Profile read(Path recording, Instant from, Instant to, int top) {
        Map<String, Long> topFrames = new HashMap<>();
        Map<String, Long> callers = new HashMap<>();
        Map<String, Long> areas = new HashMap<>();
        Map<String, long[]> waits = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String kind = WAIT_EVENTS.get(event.getEventType().getName());
                if (kind != null) {
                    // waits outside Ledgerline code are idle pool threads: left out
                    String method = inside(event, from, to)
                            ? first(event.getStackTrace().getFrames(), c -> c.startsWith("dev.ledgerline."), null)
                            : null;
                    if (method != null) {
                        long[] sum = waits.computeIfAbsent(kind + " in " + method, k -> new long[2]);
                        sum[0]++;
                        sum[1] += event.getDuration().toNanos();
                    }
                    continue;
                }

                if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                        || event.getStartTime().isBefore(from)
                        || event.getStartTime().isAfter(to)
                        || event.getStackTrace() == null
                        || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                topFrames.merge(name(frames.getFirst().getMethod()), 1L, Long::sum);
                callers.merge(
                        first(frames, c -> c.startsWith("dev.ledgerline."), "(outside Ledgerline code)"),
                        1L,
                        Long::sum);
                String library = first(frames, c -> !isJdk(c), "JDK");
                areas.merge(area(library), 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + recording, e);
        }
        List<Wait> longest = waits.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                        .reversed())
                .limit(top)
                .map(e -> new Wait(e.getKey(), e.getValue()[0], Math.round(e.getValue()[1] / 1e7) / 100.0))
                .toList();
        return new Profile(
                samples,
                largest(topFrames, samples, top),
                largest(callers, samples, top),
                largest(areas, samples, top),
                longest);
    }

    private static boolean inside(RecordedEvent event, Instant from, Instant to) {
        return !event.getStartTime().isBefore(from)
                && !event.getStartTime().isAfter(to)
                && event.getStackTrace() != null;
    }

    private static String first(List<RecordedFrame> frames, Predicate<String> type, String none) {
        return frames.stream()
                .map(RecordedFrame::getMethod)
                .filter(m -> m != null && type.test(m.getType().getName()))
                .findFirst()
                .map(HotMethods::name)
                .orElse(none);
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.")
                || type.startsWith("jdk.")
                || type.startsWith("sun.")
                || type.startsWith("com.sun.");
    }

    private static String area(String method) {
        if (method.equals("JDK")) {
            return "JDK only (no library frame on the stack)";
        }
        return AREAS.entrySet().stream()
                .filter(e -> method.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> {
                    int dot = method.indexOf('.', method.indexOf('.') + 1);
                    return dot > 0 ? method.substring(0, dot) : method;
                });
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    private static List<Share> largest(Map<String, Long> counts, long total, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top)
                .map(e -> new Share(
                        e.getKey(), e.getValue(), total == 0 ? 0 : Math.round(1000.0 * e.getValue() / total) / 10.0))
                .toList();
    }
}
