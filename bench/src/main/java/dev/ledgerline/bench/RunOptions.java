package dev.ledgerline.bench;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every benchmark command takes; a figure left unset takes the full or the short mode's value. */
public final class RunOptions {

    @Option(
            names = "--short",
            description =
                    "a run of under two minutes on an idle machine, for CI: smaller counts, H2 and the sandbox only, no profile")
    boolean shortMode;

    @Option(names = "--root", description = "the project's root directory (default: the current one)")
    Path root = Path.of(".");

    @Option(
            names = "--shared",
            description = "the shared reference folder with odoo/run-odoo (default: <root>/../shared)")
    Path shared;

    @Option(
            names = "--clients",
            description = "P1: concurrent clients, each on its own connection (default: ${DEFAULT-VALUE})")
    int clients = 4;

    @Option(names = "--batches", description = "P1: measured batches of 1,000 per database (default: 100, short: 10)")
    Integer batches;

    @Option(
            names = "--databases",
            split = ",",
            description = "P1: h2, postgres (default: both, short: h2); postgres needs /usr/lib/postgresql/*/bin")
    List<String> databases;

    @Option(names = "--no-profile", description = "P1: no flight recording of the hub")
    boolean noProfile;

    @Option(names = "--records", description = "P2: timesheet lines of (a) and (b) (default: 10,000, short: 2,000)")
    Integer records;

    @Option(names = "--per-record", description = "P2: lines of the one-per-call loop (c) (default: 1,000, short: 200)")
    Integer perRecord;

    @Option(
            names = "--per-call-ms",
            description = "P2: the sandbox's fixed cost of every call, in ms (default: ${DEFAULT-VALUE})")
    int perCallMillis = 20;

    @Option(
            names = "--odoo",
            split = ",",
            description = "P2: sandbox, real (default: both; short: sandbox); real needs ../shared/odoo/run-odoo")
    List<String> odoo;

    Path shared() {
        return shared != null ? shared : root.resolve("../shared").normalize();
    }

    int batches() {
        return batches != null ? batches : shortMode ? 10 : 100;
    }

    int warmupBatches() {
        return shortMode ? 3 : 10;
    }

    int records() {
        return records != null ? records : shortMode ? 2_000 : 10_000;
    }

    int perRecord() {
        return perRecord != null ? perRecord : shortMode ? 200 : 1_000;
    }

    List<String> odoo() {
        return odoo != null ? odoo : shortMode ? List.of("sandbox") : List.of("sandbox", "real");
    }

    List<String> databases() {
        return databases != null ? databases : shortMode ? List.of("h2") : List.of("h2", "postgres");
    }

    boolean profile() {
        return !noProfile && !shortMode;
    }

    Path hubJar() {
        return root.resolve("hub-app/target/ledgerline.jar");
    }

    Path work() {
        return root.resolve("bench/target");
    }

    Path results() {
        return root.resolve("bench/results");
    }
}
