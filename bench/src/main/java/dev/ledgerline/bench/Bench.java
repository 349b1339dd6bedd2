package dev.ledgerline.bench;

import dev.ledgerline.bench.delivery.DeliveryBenchmark;
import dev.ledgerline.bench.hub.FirmFeed;
import dev.ledgerline.bench.hub.HubLauncher;
import dev.ledgerline.bench.hub.HubProcess;
import dev.ledgerline.bench.hub.Tokens;
import dev.ledgerline.bench.ingest.IngestBenchmark;
import dev.ledgerline.bench.odoo.RealOdoo;
import dev.ledgerline.bench.odoo.SandboxOdoo;
import dev.ledgerline.bench.postgres.Postgres;
import dev.ledgerline.bench.profile.HotMethods;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ./ledgerline bench p1|p2|all [--short] [options]}: runs the benchmarks of
 * ../shared/design/performance.md against the packaged hub, prints their tables and writes {@code
 * bench/results/p1.json} and {@code p2.json} ({@code p1-short.json}, {@code p2-short.json} with {@code
 * --short}).
 */
@Command(
        name = "ledgerline bench",
        mixinStandardHelpOptions = true,
        description = "Ledgerline's benchmarks (../shared/design/performance.md); not tests.",
        subcommands = CommandLine.HelpCommand.class)
public final class Bench {

    private static final int BATCH = 1_000;

    private final PrintStream out = System.out;
    private final long started = System.nanoTime();
    private final String command;

    private Bench(String command) {
        this.command = command;
    }

    public static void main(String[] args) {
        // the tables are the output: libraries (the sandbox's Jetty, the Odoo client) say only what went wrong
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Logger.getLogger("").setLevel(Level.WARNING);
        CommandLine commandLine = new CommandLine(new Bench("./ledgerline bench " + String.join(" ", args)));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("bench failed: " + e.getMessage());
            e.printStackTrace(line.getErr());
            return 1;
        });
        System.exit(commandLine.execute(args));
    }

    @Command(
            name = "p1",
            description = "P1 ingest throughput: batches of 1,000 time entries over HTTP, H2 and PostgreSQL")
    int p1(@Mixin RunOptions options) {
        return finish(List.of(ingest(options)), options);
    }

    @Command(name = "p2", description = "P2 delivery efficiency: the hub against a batch loop and a per-record loop")
    int p2(@Mixin RunOptions options) {
        return finish(List.of(delivery(options)), options);
    }

    @Command(name = "all", description = "P1, then P2")
    int all(@Mixin RunOptions options) {
        return finish(List.of(ingest(options), delivery(options)), options);
    }

    /** Writes the result files; exit code 1 when something that was tried did not finish. */
    private int finish(List<ResultFile> files, RunOptions options) {
        out.println();
        for (ResultFile file : files) {
            out.println("written: " + file.write(options.results()));
        }
        out.printf(
                "%d s in all%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        List<String> failures =
                files.stream().flatMap(f -> f.failures().stream()).toList();
        failures.forEach(f -> out.println("FAILED " + f));
        return failures.isEmpty() ? 0 : 1;
    }

    /** One database's P1: measured, or why it could not be. */
    public record IngestRow(
            String database,
            String note,
            IngestBenchmark.Measurement measurement,
            Boolean meetsTarget,
            Double recordsPerHubCpuSecond,
            HotMethods.Profile profile,
            String recording) {

        static IngestRow notMeasured(String database, String why) {
            return new IngestRow(database, why, null, null, null, null, null);
        }
    }

    private ResultFile ingest(RunOptions options) {
        Instant started = Instant.now();
        Machine machine = Machine.now();
        IngestBenchmark.Plan plan =
                new IngestBenchmark.Plan(options.warmupBatches(), options.batches(), BATCH, options.clients);
        IngestBenchmark bench = new IngestBenchmark(plan);
        HubLauncher hubs = new HubLauncher(options.hubJar(), options.work().resolve("hubs"));
        List<IngestRow> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String database : options.databases()) {
            String label = switch (database) {
                case "h2" -> "H2";
                case "postgres" -> "PostgreSQL";
                default ->
                    throw new CommandLine.ParameterException(
                            new CommandLine(this), "unknown database " + database + " (h2, postgres)");
            };
            try {
                if (database.equals("h2")) {
                    rows.add(ingestOn(label, "p1-h2", Map.of(), null, bench, hubs, options));
                    continue;
                }
                Optional<Path> bin = Postgres.binaries();
                if (bin.isEmpty()) {
                    rows.add(IngestRow.notMeasured(label, "not available: no /usr/lib/postgresql/*/bin"));
                    continue;
                }
                try (Postgres postgres = Postgres.start(bin.get())) {
                    Map<String, String> datasource = new LinkedHashMap<>();
                    datasource.put("spring.datasource.url", postgres.createDatabase("ledger"));
                    datasource.put("spring.datasource.username", postgres.user());
                    datasource.put("spring.datasource.password", "");
                    rows.add(ingestOn(label, "p1-postgres", datasource, postgres.handle(), bench, hubs, options));
                }
            } catch (RuntimeException e) {
                rows.add(IngestRow.notMeasured(label, "failed: " + e.getMessage()));
                failures.add("P1 on " + label + ": " + e.getMessage());
            }
        }
        printIngest(plan, rows);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("plan", plan);
        settings.put(
                "hub",
                "hub-app/target/ledgerline.jar as its own process, -Xmx512m, dispatcher off, "
                        + "firm entity us (USD) with a rate card; 20 employees, one client project");
        settings.put(
                "targets",
                Map.of(
                        "recordsPerSecond", IngestBenchmark.TARGET_RECORDS_PER_SECOND,
                        "p99BatchMillis", IngestBenchmark.TARGET_P99_MILLIS));
        return new ResultFile(
                "p1", command, options.shortMode, started, Instant.now(), machine.finished(), settings, rows, failures);
    }

    private IngestRow ingestOn(
            String database,
            String name,
            Map<String, String> datasource,
            ProcessHandle server,
            IngestBenchmark bench,
            HubLauncher hubs,
            RunOptions options) {
        out.printf(
                "P1 on %s: %d clients, %d warm-up and %d measured batches of %,d time entries%n",
                database,
                bench.plan().clients(),
                bench.plan().warmupBatches(),
                bench.plan().batches(),
                BATCH);
        Tokens tokens = Tokens.generate();
        Map<String, String> settings = new LinkedHashMap<>(tokens.settings());
        settings.putAll(FirmFeed.firmSettings());
        settings.putAll(datasource);
        // P1 is ingest alone: without a target there is nothing to deliver, and delivery is P2
        settings.put("ledgerline.dispatch.enabled", "false");
        List<String> jvm = new ArrayList<>(HubLauncher.JVM);
        Path recording = hubs.workRoot().resolve(name + ".jfr").toAbsolutePath();
        if (options.profile()) {
            jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
        }
        IngestBenchmark.Measurement measurement;
        try (HubProcess hub = hubs.start(name, settings, jvm)) {
            measurement = bench.run(hub, tokens, new FirmFeed(20), server);
        }
        HotMethods.Profile profile =
                options.profile() ? HotMethods.read(recording, measurement.from(), measurement.to(), 12) : null;
        return new IngestRow(
                database,
                null,
                measurement,
                measurement.meetsTarget(),
                measurement.recordsPerHubCpuSecond(),
                profile,
                options.profile()
                        ? options.root
                                .toAbsolutePath()
                                .normalize()
                                .relativize(recording.normalize())
                                .toString()
                        : null);
    }

    private ResultFile delivery(RunOptions options) {
        Instant started = Instant.now();
        Machine machine = Machine.now();
        DeliveryBenchmark.Plan plan = new DeliveryBenchmark.Plan(options.records(), options.perRecord(), 500, BATCH);
        HubLauncher hubs = new HubLauncher(options.hubJar(), options.work().resolve("hubs"));
        DeliveryBenchmark bench = new DeliveryBenchmark(plan, hubs, out);
        List<DeliveryBenchmark.Result> results = new ArrayList<>();
        for (String odoo : options.odoo()) {
            switch (odoo) {
                case "sandbox" -> {
                    try (SandboxOdoo sandbox = SandboxOdoo.start(Duration.ofMillis(options.perCallMillis))) {
                        results.add(bench.run(sandbox));
                    }
                }
                case "real" -> {
                    Optional<String> unavailable = RealOdoo.unavailable(options.shared());
                    if (unavailable.isPresent()) {
                        results.add(DeliveryBenchmark.Result.unavailable("real Odoo 18", unavailable.get()));
                        continue;
                    }
                    out.println("P2: starting a real Odoo 18 (the first start on a machine takes minutes)");
                    try (RealOdoo real =
                            RealOdoo.start(options.shared(), options.work().resolve("odoo"))) {
                        results.add(bench.run(real));
                    } catch (RuntimeException e) {
                        results.add(DeliveryBenchmark.Result.failed("real Odoo 18", e));
                    }
                }
                default ->
                    throw new CommandLine.ParameterException(
                            new CommandLine(this), "unknown Odoo " + odoo + " (sandbox, real)");
            }
        }
        List<String> failures = results.stream()
                .filter(DeliveryBenchmark.Result::failed)
                .map(r -> "P2 on " + r.odoo() + ": " + r.failures())
                .toList();
        printDelivery(plan, results);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("plan", plan);
        settings.put("sandboxPerCallMillis", options.perCallMillis);
        settings.put(
                "hub",
                "hub-app/target/ledgerline.jar as its own process, -Xmx512m, H2 ledger, shipped "
                        + "dispatch and target defaults (batch 500, 4 batches in flight, 4 calls at once, 20 calls/s)");
        settings.put(
                "targets",
                Map.of(
                        "hubToBatchLoop", DeliveryBenchmark.TARGET_OF_BATCH_LOOP,
                        "hubToPerRecord", DeliveryBenchmark.TARGET_OF_PER_RECORD));
        return new ResultFile(
                "p2",
                command,
                options.shortMode,
                started,
                Instant.now(),
                machine.finished(),
                settings,
                results,
                failures);
    }

    private void printIngest(IngestBenchmark.Plan plan, List<IngestRow> rows) {
        Table table = new Table(
                String.format(
                        "P1 ingest throughput: batches of %,d time entries, %d concurrent clients (target ≥ %,.0f records/s, p99 ≤ %.0f ms)",
                        plan.batchSize(),
                        plan.clients(),
                        IngestBenchmark.TARGET_RECORDS_PER_SECOND,
                        IngestBenchmark.TARGET_P99_MILLIS),
                "database",
                "records",
                "s",
                "records/s",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "not accepted",
                "hub CPU s",
                "records/hub CPU s",
                "db CPU s",
                "client CPU s",
                "target");
        for (IngestRow row : rows) {
            IngestBenchmark.Measurement m = row.measurement();
            if (m == null) {
                table.row(row.database(), row.note());
                continue;
            }
            table.row(
                    row.database(),
                    Table.count(m.records()),
                    m.seconds(),
                    Table.count(m.recordsPerSecond()),
                    m.batchMillis().p50(),
                    m.batchMillis().p90(),
                    m.batchMillis().p99(),
                    m.batchMillis().max(),
                    m.notAccepted(),
                    m.cpuSeconds().hub(),
                    Table.count(m.recordsPerHubCpuSecond()),
                    m.cpuSeconds().database() == null
                            ? "in hub"
                            : m.cpuSeconds().database(),
                    m.cpuSeconds().clients(),
                    m.meetsTarget() ? "met" : "missed");
        }
        table.print(out);
        for (IngestRow row : rows) {
            if (row.profile() == null) {
                continue;
            }
            HotMethods.Profile p = row.profile();
            String where = String.format("the hub on %s, %,d CPU samples while P1 ran", row.database(), p.samples());
            shares("Library running (nearest frame outside the JDK), " + where, p.areas());
            shares("Hot methods (top of the stack), " + where, p.topFrames());
            shares(
                    "Ledgerline methods the time was spent for (nearest Ledgerline frame), " + where,
                    p.ledgerlineCallers());
            Table waits = new Table(
                    String.format("Where the hub's threads waited 10 ms or more, on %s while P1 ran", row.database()),
                    "wait",
                    "times",
                    "s");
            p.waits().forEach(w -> waits.row(w.where(), w.events(), w.seconds()));
            waits.print(out);
        }
    }

    private void shares(String title, List<HotMethods.Share> shares) {
        Table table = new Table(title, "where", "samples", "%");
        shares.forEach(s -> table.row(s.name(), s.samples(), s.percent()));
        table.print(out);
    }

    private void printDelivery(DeliveryBenchmark.Plan plan, List<DeliveryBenchmark.Result> results) {
        Table table = new Table(
                String.format(
                        "P2 delivery efficiency: %,d timesheet lines (target: hub ≥ %.0f %% of (a), ≥ %.0f× (c))",
                        plan.records(),
                        DeliveryBenchmark.TARGET_OF_BATCH_LOOP * 100,
                        DeliveryBenchmark.TARGET_OF_PER_RECORD),
                "Odoo",
                "(a) batch loop lines/s",
                "(b) hub lines/s",
                "(c) one per call lines/s",
                "b/a",
                "b/c",
                "target");
        for (DeliveryBenchmark.Result r : results) {
            table.row(
                    r.odoo(),
                    r.batchLoop().available()
                            ? Table.count(r.batchLoop().recordsPerSecond())
                            : r.batchLoop().note(),
                    r.hub().available()
                            ? Table.count(r.hub().recordsPerSecond())
                            : r.hub().note(),
                    r.perRecord().available()
                            ? Table.count(r.perRecord().recordsPerSecond())
                            : r.perRecord().note(),
                    Table.ratio(r.hubToBatchLoop()),
                    Table.ratio(r.hubToPerRecord()),
                    r.meetsTarget() == null ? "–" : r.meetsTarget() ? "met" : "missed");
        }
        table.print(out);
        for (DeliveryBenchmark.Result r : results) {
            out.printf(
                    "%s: (a) %s; (b) %s; (c) %s%n",
                    r.odoo(), detail(r.batchLoop()), detail(r.hub()), detail(r.perRecord()));
        }
    }

    private static String detail(DeliveryBenchmark.Phase phase) {
        return phase.available()
                ? String.format("%,d lines in %.2f s, %s", phase.records(), phase.seconds(), phase.note())
                : phase.note();
    }
}
