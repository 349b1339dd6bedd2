package dev.ledgerline.bench.odoo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Odoo 18 started by {@code ../shared/odoo/run-odoo} with its own home (its PostgreSQL cluster,
 * template database and log) under {@code bench/target/odoo}, on free ports, so it meets no other Odoo on
 * the machine. The first start on a machine creates the template database (minutes); later starts and
 * resets take seconds. {@link #close()} stops the server and its PostgreSQL.
 */
public final class RealOdoo implements OdooServer {

    private final Path script;
    private final Map<String, String> environment;
    private Map<String, String> printed;

    private RealOdoo(Path script, Map<String, String> environment) {
        this.script = script;
        this.environment = environment;
    }

    /** {@code run-odoo} when it is there and can run (it needs root), else why not. */
    public static Optional<String> unavailable(Path shared) {
        Path script = shared.resolve("odoo/run-odoo");
        if (!Files.isExecutable(script)) {
            return Optional.of(script + " not found");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.of("run-odoo runs as root only");
        }
        return Optional.empty();
    }

    /** Starts the server; the PostgreSQL cluster of {@code home} is reused on its port when it still runs. */
    public static RealOdoo start(Path shared, Path home) {
        try {
            Files.createDirectories(home);
            Path pid = home.resolve("pg/postmaster.pid");
            // postmaster.pid: pid, data directory, start time, port, …
            String pgPort =
                    Files.isRegularFile(pid) ? Files.readAllLines(pid).get(3).strip() : Integer.toString(freePort());
            Map<String, String> environment = new HashMap<>();
            environment.put("ODOO_HOME", home.toAbsolutePath().toString());
            environment.put("ODOO_PORT", Integer.toString(freePort()));
            environment.put("ODOO_PG_PORT", pgPort);
            RealOdoo odoo = new RealOdoo(shared.resolve("odoo/run-odoo"), environment);
            odoo.printed = odoo.run("start", 30);
            return odoo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String label() {
        return "real Odoo " + printed.getOrDefault("ODOO_VERSION", "18");
    }

    @Override
    public String url() {
        return printed.get("ODOO_URL");
    }

    @Override
    public String database() {
        return printed.get("ODOO_DB");
    }

    @Override
    public String user() {
        return printed.get("ODOO_USER");
    }

    @Override
    public String apiKey() {
        return printed.get("ODOO_API_KEY");
    }

    /** {@code run-odoo reset}: a fresh database from the template, the server restarted. */
    @Override
    public void reset() {
        printed = run("reset", 5);
    }

    @Override
    public void close() {
        run("stop", 2);
    }

    private Map<String, String> run(String command, int minutes) {
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), command))
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(minutes, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "run-odoo " + command + " failed; see " + environment.get("ODOO_HOME") + "/odoo.log");
            }
            Map<String, String> values = new HashMap<>();
            out.lines().filter(l -> l.startsWith("ODOO_") && l.contains("=")).forEach(l -> {
                int eq = l.indexOf('=');
                values.put(l.substring(0, eq), l.substring(eq + 1));
            });
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
