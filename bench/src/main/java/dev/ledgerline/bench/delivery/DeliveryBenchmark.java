package dev.ledgerline.bench.delivery;

import dev.ledgerline.bench.hub.FirmFeed;
import dev.ledgerline.bench.hub.HubApi;
import dev.ledgerline.bench.hub.HubLauncher;
import dev.ledgerline.bench.hub.HubProcess;
import dev.ledgerline.bench.hub.Tokens;
import dev.ledgerline.bench.odoo.OdooServer;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.OdooModel;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * P2, delivery efficiency: the same timesheet lines ({@code account.analytic.line} with project,
 * employee, hours, date and description) written into one Odoo three ways, each on a fresh database:
 *
 * <ol>
 *   <li>(a) a plain client script: {@code odoo-client} creating the lines {@code createBatch} per {@code
 *       create} call, one call after the other;
 *   <li>(b) the hub end to end: the hub as its own process with this Odoo as its target; the firm's
 *       customer, contract, employee and project are ingested and delivered first, then the approved time
 *       entries are posted to {@code POST /api/v1/events} in batches, and the time runs from the first of
 *       those batches until the hub's metrics count every entry delivered;
 *   <li>(c) a naive loop: one {@code create} per line, over a sample, its rate extrapolated.
 * </ol>
 *
 * Odoo's project and employee exist before each clock starts, in every phase; each phase first sends a
 * few lines untimed (connections, the JVMs' compilers, the hub's reference field on the model).
 */
public final class DeliveryBenchmark {

    /** The figures P2 must reach: the hub at 90 % of (a)'s rate and 10 times (c)'s. */
    public static final double TARGET_OF_BATCH_LOOP = 0.9;

    public static final double TARGET_OF_PER_RECORD = 10;

    static final String LINE = "account.analytic.line";

    /** Lines written before each clock starts. */
    static final int WARMUP = 10;

    private static final String TIME_ENTRY_FLOW = "timeentry";

    /**
     * What is written.
     *
     * @param records lines of (a) and (b)
     * @param perRecordSample lines of (c), whose rate is extrapolated to {@code records}
     * @param createBatch lines per {@code create} call of (a) (the hub's own, {@code
     *     ledgerline.dispatch.batch-size}, is 500 too)
     * @param ingestBatch envelopes per batch posted to the hub in (b)
     */
    public record Plan(int records, int perRecordSample, int createBatch, int ingestBatch) {}

    /** One way of writing the lines; {@code note} says why it is not available, or what it did. */
    public record Phase(boolean available, int records, double seconds, double recordsPerSecond, String note) {

        static Phase measured(int records, long nanos, String note) {
            double seconds = nanos / 1e9;
            return new Phase(true, records, round(seconds, 2), round(records / seconds, 1), note);
        }

        static Phase unavailable(String why) {
            return new Phase(false, 0, 0, 0, why);
        }

        static Phase failed(RuntimeException e) {
            return new Phase(false, 0, 0, 0, "failed: " + e.getMessage());
        }

        /** Whether it was tried and did not finish. */
        public boolean failed() {
            return note.startsWith("failed: ");
        }
    }

    /** The three phases against one Odoo, and the ratios of the hub's rate to the other two. */
    public record Result(
            String odoo, Phase batchLoop, Phase hub, Phase perRecord, Double hubToBatchLoop, Double hubToPerRecord) {

        static Result of(String odoo, Phase a, Phase b, Phase c) {
            return new Result(odoo, a, b, c, ratio(b, a, 3), ratio(b, c, 2));
        }

        private static Double ratio(Phase of, Phase to, int decimals) {
            return of.available() && to.available()
                    ? round(of.recordsPerSecond() / to.recordsPerSecond(), decimals)
                    : null;
        }

        /** Whether a phase was tried and did not finish. */
        public boolean failed() {
            return batchLoop.failed() || hub.failed() || perRecord.failed();
        }

        /** The notes of the phases that failed. */
        public String failures() {
            return Stream.of(batchLoop, hub, perRecord)
                    .filter(Phase::failed)
                    .map(Phase::note)
                    .collect(Collectors.joining("; "));
        }

        /** An Odoo that could not be started. */
        public static Result failed(String odoo, RuntimeException e) {
            Phase none = Phase.failed(e);
            return new Result(odoo, none, none, none, null, null);
        }

        /** An Odoo that could not be measured, and why. */
        public static Result unavailable(String odoo, String why) {
            Phase none = Phase.unavailable("not available: " + why);
            return new Result(odoo, none, none, none, null, null);
        }

        /** Whether the hub reached both targets; null when it was not measured. */
        public Boolean meetsTarget() {
            if (hubToBatchLoop == null || hubToPerRecord == null) {
                return null;
            }
            return hubToBatchLoop >= TARGET_OF_BATCH_LOOP && hubToPerRecord >= TARGET_OF_PER_RECORD;
        }
    }

    private final Plan plan;
    private final HubLauncher hubs;
    private final PrintStream log;

    public DeliveryBenchmark(Plan plan, HubLauncher hubs, PrintStream log) {
        this.plan = plan;
        this.hubs = hubs;
        this.log = log;
    }

    public Result run(OdooServer odoo) {
        log.printf(
                "P2 on %s: (a) batch loop, %,d lines, %d per call%n", odoo.label(), plan.records(), plan.createBatch());
        Phase a = measure(() -> batchLoop(odoo));
        log.printf("P2 on %s: (b) the hub, %,d time entries%n", odoo.label(), plan.records());
        Phase b = measure(() -> hub(odoo));
        log.printf("P2 on %s: (c) one line per call, %,d lines%n", odoo.label(), plan.perRecordSample());
        Phase c = measure(() -> perRecord(odoo));
        return Result.of(odoo.label(), a, b, c);
    }

    /** A phase that fails is reported as failed, and the others still run. */
    private Phase measure(Supplier<Phase> phase) {
        Phase measured;
        try {
            measured = phase.get();
        } catch (RuntimeException e) {
            measured = Phase.failed(e);
        }
        log.println(
                measured.available()
                        ? String.format("  %,.0f lines/s", measured.recordsPerSecond())
                        : "  " + measured.note());
        return measured;
    }

    Phase batchLoop(OdooServer odoo) {
        odoo.reset();
        try (OdooClient client = odoo.client()) {
            OdooModel lines = client.model(LINE);
            Target target = Target.create(client);
            lines.createAll(target.lines(0, WARMUP));
            List<List<Map<String, Object>>> calls = new ArrayList<>();
            for (int from = WARMUP; from < WARMUP + plan.records(); from += plan.createBatch()) {
                calls.add(target.lines(from, Math.min(from + plan.createBatch(), WARMUP + plan.records())));
            }

            long start = System.nanoTime();
            for (List<Map<String, Object>> call : calls) {
                lines.createAll(call);
            }
            long nanos = System.nanoTime() - start;

            target.expectLines(WARMUP + plan.records());
            return Phase.measured(plan.records(), nanos, calls.size() + " create calls");
        }
    }

    Phase perRecord(OdooServer odoo) {
        odoo.reset();
        try (OdooClient client = odoo.client()) {
            OdooModel lines = client.model(LINE);
            Target target = Target.create(client);
            target.lines(0, WARMUP).forEach(lines::create);
            List<Map<String, Object>> each = target.lines(WARMUP, WARMUP + plan.perRecordSample());

            long start = System.nanoTime();
            for (Map<String, Object> line : each) {
                lines.create(line);
            }
            long nanos = System.nanoTime() - start;

            target.expectLines(WARMUP + plan.perRecordSample());
            Phase sample = Phase.measured(plan.perRecordSample(), nanos, "");
            return new Phase(
                    true,
                    sample.records(),
                    sample.seconds(),
                    sample.recordsPerSecond(),
                    String.format(
                            "%,d create calls; %,d lines would take %.0f s",
                            plan.perRecordSample(), plan.records(), plan.records() / sample.recordsPerSecond()));
        }
    }

    Phase hub(OdooServer odoo) {
        if (!hubs.hasFlow(TIME_ENTRY_FLOW)) {
            return Phase.unavailable("not available: the hub has no time-entry flow");
        }
        odoo.reset();
        FirmFeed feed = new FirmFeed(1);
        Tokens tokens = Tokens.generate();
        Map<String, String> settings = new LinkedHashMap<>(tokens.settings());
        settings.putAll(FirmFeed.firmSettings());
        settings.putAll(odoo.hubSettings());
        settings.put("ledgerline.dispatch.enabled", "true");
        settings.put("ledgerline.metrics.backlog-interval", "1s");
        try (HubProcess hub = hubs.start("p2-hub", settings, HubLauncher.JVM);
                OdooClient client = odoo.client()) {
            HubApi api = hub.api();
            Delivered delivered = new Delivered(api, tokens.operator());
            post(api, tokens, feed.masterData());
            delivered.await("employee", 1, Duration.ofMinutes(3));
            delivered.await("project", 1, Duration.ofMinutes(3));
            post(api, tokens, feed.timeEntries(0, WARMUP));
            delivered.await("time_entry", WARMUP, Duration.ofMinutes(3));
            List<byte[]> batches = new ArrayList<>();
            for (int from = WARMUP; from < WARMUP + plan.records(); from += plan.ingestBatch()) {
                batches.add(feed.timeEntries(from, Math.min(from + plan.ingestBatch(), WARMUP + plan.records())));
            }

            long start = System.nanoTime();
            for (byte[] batch : batches) {
                post(api, tokens, batch);
            }
            long ingested = System.nanoTime() - start;
            delivered.await("time_entry", WARMUP + plan.records(), Duration.ofMinutes(30));
            long nanos = System.nanoTime() - start;

            long inOdoo = client.model(LINE).searchCount(Domain.ne("project_id", false));
            if (inOdoo != WARMUP + plan.records()) {
                throw new IllegalStateException(
                        "Odoo holds " + inOdoo + " timesheet lines, expected " + (WARMUP + plan.records()));
            }
            return Phase.measured(
                    plan.records(),
                    nanos,
                    String.format(
                            "%d batches of %,d posted in %.1f s; H2 ledger; target defaults",
                            batches.size(), plan.ingestBatch(), ingested / 1e9));
        }
    }

    private static void post(HubApi api, Tokens tokens, byte[] batch) {
        HubApi.Answer answer = api.postEvents(tokens.feed(), batch);
        if (answer.status() != 200 || answer.body().contains("\"rejected\"")) {
            throw new IllegalStateException("the hub refused a batch: " + answer.status() + " " + answer.body());
        }
    }

    /** Odoo's project and employee the lines of (a) and (c) are written on. */
    private record Target(OdooClient client, long project, long employee) {

        static Target create(OdooClient client) {
            long employee = client.model("hr.employee")
                    .create(Map.of("name", "Bench Employee", "hourly_cost", new BigDecimal("80.00")));
            long project =
                    client.model("project.project").create(Map.of("name", "Bench Project", "allow_timesheets", true));
            return new Target(client, project, employee);
        }

        /** Lines {@code from} (inclusive) to {@code to} (exclusive), the values the hub's flow sends. */
        List<Map<String, Object>> lines(int from, int to) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("project_id", project);
                line.put("employee_id", employee);
                line.put("unit_amount", new BigDecimal(FirmFeed.hours(i)));
                line.put("date", FirmFeed.date(i));
                line.put("name", "Work item " + i);
                lines.add(line);
            }
            return lines;
        }

        void expectLines(int expected) {
            long count = client.model(LINE).searchCount(Domain.eq("project_id", project));
            if (count != expected) {
                throw new IllegalStateException("Odoo holds " + count + " lines, expected " + expected);
            }
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
