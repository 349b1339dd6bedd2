package dev.ledgerline.bench.ingest;

import dev.ledgerline.bench.Latencies;
import dev.ledgerline.bench.hub.FirmFeed;
import dev.ledgerline.bench.hub.HubApi;
import dev.ledgerline.bench.hub.HubProcess;
import dev.ledgerline.bench.hub.Tokens;
import dev.ledgerline.bench.profile.CpuTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * P1, ingest throughput: batches of time-entry envelopes posted to {@code POST /api/v1/events} of a
 * running hub by several clients at once, each on its own connection and sending its next batch as soon
 * as the last one is answered (a closed loop). Every batch is committed by the hub before it answers.
 * Measures records per second over the whole run, the latency of each batch from sending to the full
 * answer, and the CPU the hub, its database server and the clients used meanwhile.
 */
public final class IngestBenchmark {

    /** The figures P1 must reach (../shared/design/performance.md). */
    public static final double TARGET_RECORDS_PER_SECOND = 20_000;

    public static final double TARGET_P99_MILLIS = 250;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What is sent.
     *
     * @param warmupBatches batches sent first and left out of the figures (the hub's JIT, pools, caches)
     * @param batches batches measured
     * @param batchSize envelopes per batch
     * @param clients concurrent clients, each on its own connection
     */
    public record Plan(int warmupBatches, int batches, int batchSize, int clients) {}

    /** CPU seconds used during the measured window; {@code database} is absent for an embedded one. */
    public record Cpu(double hub, Double database, double clients) {}

    /**
     * What one run measured; the window is when the measured batches were sent.
     *
     * @param records records the hub accepted (the rate counts only these)
     * @param statuses items by status, and batches the hub did not take by HTTP status and error code
     */
    public record Measurement(
            int records,
            int batches,
            double seconds,
            double recordsPerSecond,
            Latencies batchMillis,
            Map<String, Long> statuses,
            Cpu cpuSeconds,
            Instant from,
            Instant to) {

        public boolean meetsTarget() {
            return recordsPerSecond >= TARGET_RECORDS_PER_SECOND
                    && batchMillis.p99() <= TARGET_P99_MILLIS
                    && statuses.keySet().stream().allMatch(status -> status.equals("accepted"));
        }

        /** What was not accepted: items by status and batches by HTTP status, or "none". */
        public String notAccepted() {
            String problems = statuses.entrySet().stream()
                    .filter(e -> !e.getKey().equals("accepted"))
                    .map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
            return problems.isEmpty() ? "none" : problems;
        }

        /** Records accepted per second of the hub's CPU: what one core given to the hub alone would take. */
        public double recordsPerHubCpuSecond() {
            return cpuSeconds.hub() == 0 ? 0 : Math.round(records / cpuSeconds.hub());
        }
    }

    private final Plan plan;

    public IngestBenchmark(Plan plan) {
        this.plan = plan;
    }

    public Plan plan() {
        return plan;
    }

    /**
     * Sends the feed's master data, the warm-up batches and then the measured ones.
     *
     * @param database the database server process, for its CPU time; null for an embedded database
     */
    public Measurement run(HubProcess hub, Tokens tokens, FirmFeed feed, ProcessHandle database) {
        HubApi api = hub.api();
        HubApi.Answer master = api.postEvents(tokens.feed(), feed.masterData());
        Map<String, Long> masterStatuses = statuses(master);
        if (masterStatuses.getOrDefault("accepted", 0L) == 0 || masterStatuses.size() != 1) {
            throw new IllegalStateException("the master data was not accepted: " + master.body());
        }
        int size = plan.batchSize();
        List<byte[]> warmup = new ArrayList<>();
        for (int b = 0; b < plan.warmupBatches(); b++) {
            warmup.add(feed.timeEntries(b * size, (b + 1) * size));
        }
        send(hub, tokens, warmup);
        int offset = plan.warmupBatches() * size;
        List<byte[]> measured = new ArrayList<>();
        for (int b = 0; b < plan.batches(); b++) {
            measured.add(feed.timeEntries(offset + b * size, offset + (b + 1) * size));
        }

        Duration hubBefore = CpuTime.of(hub.handle());
        Duration databaseBefore = database == null ? Duration.ZERO : CpuTime.withDescendants(database);
        Duration clientsBefore = CpuTime.of(ProcessHandle.current());
        Instant from = Instant.now();
        long start = System.nanoTime();
        Sent sent = send(hub, tokens, measured);
        long elapsed = System.nanoTime() - start;
        Instant to = Instant.now();
        Cpu cpu = new Cpu(
                seconds(CpuTime.of(hub.handle()).minus(hubBefore)),
                database == null
                        ? null
                        : seconds(CpuTime.withDescendants(database).minus(databaseBefore)),
                seconds(CpuTime.of(ProcessHandle.current()).minus(clientsBefore)));

        int records = sent.statuses().getOrDefault("accepted", 0L).intValue();
        double seconds = elapsed / 1e9;
        return new Measurement(
                records,
                plan.batches(),
                round(seconds, 2),
                round(records / seconds, 0),
                Latencies.ofNanos(sent.nanos()),
                sent.statuses(),
                cpu,
                from,
                to);
    }

    private record Sent(long[] nanos, Map<String, Long> statuses) {}

    private Sent send(HubProcess hub, Tokens tokens, List<byte[]> batches) {
        long[] nanos = new long[batches.size()];
        Map<String, Long> statuses = new TreeMap<>();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService clients = Executors.newFixedThreadPool(plan.clients())) {
            List<Future<Map<String, Long>>> done = new ArrayList<>();
            for (int c = 0; c < plan.clients(); c++) {
                HubApi api = hub.api().withOwnConnection();
                done.add(clients.submit(() -> {
                    Map<String, Long> mine = new TreeMap<>();
                    for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        HubApi.Answer answer = api.postEvents(tokens.feed(), batches.get(b));
                        nanos[b] = System.nanoTime() - start;
                        if (answer.status() == 200) {
                            statuses(answer).forEach((status, n) -> mine.merge(status, n, Long::sum));
                        } else {
                            // a source would send the batch again; the benchmark counts it and goes on
                            mine.merge(failedBatch(answer), 1L, Long::sum);
                        }
                    }
                    return mine;
                }));
            }
            for (Future<Map<String, Long>> client : done) {
                client.get().forEach((status, n) -> statuses.merge(status, n, Long::sum));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Sent(nanos, statuses);
    }

    /** The key under which a batch the hub did not take is counted: its HTTP status and error code. */
    private static String failedBatch(HubApi.Answer answer) {
        String code;
        try {
            code = JSON.readTree(answer.body()).path("error").path("code").asString();
        } catch (RuntimeException e) {
            code = "";
        }
        return "batch HTTP " + answer.status() + (code.isEmpty() ? "" : " " + code);
    }

    /** How many items of an answer got each status ({@code accepted}, {@code rejected}: first code). */
    private static Map<String, Long> statuses(HubApi.Answer answer) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode result : JSON.readTree(answer.body()).path("results")) {
            String status = result.path("status").asString();
            if (status.equals("rejected")) {
                status += " " + result.path("errors").path(0).path("code").asString();
            }
            counts.merge(status, 1L, Long::sum);
        }
        return counts;
    }

    private static double seconds(Duration d) {
        return round(d.toNanos() / 1e9, 2);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
