package dev.ledgerline.odoo.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A local Odoo 18 run by {@code run-odoo} with its own home (PostgreSQL cluster, template database,
 * API key) and free ports. The first start on a machine installs Debian packages and builds the
 * template (minutes); later starts and resets take seconds. A JVM that starts the server stops it
 * when it exits; another JVM of the same build finds the home and its ports and starts it again.
 */
final class LocalRunOdoo implements OdooServer.ServerSource {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration RESET_TIMEOUT = Duration.ofMinutes(5);

    private final Path script;
    private final Path home;
    private final int httpPort;
    private final int pgPort;

    private LocalRunOdoo(Path script, Path home, int httpPort, int pgPort) {
        this.script = script;
        this.home = home;
        this.httpPort = httpPort;
        this.pgPort = pgPort;
    }

    /** Starts (or finds running) the server for this home and returns its coordinates. */
    static OdooServer start(Path script, Path home) {
        try {
            Files.createDirectories(home);
            try (FileChannel channel = FileChannel.open(
                            home.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                LocalRunOdoo local = withPorts(script, home);
                Map<String, String> env = local.run(START_TIMEOUT, "start", "--port", Integer.toString(local.httpPort));
                Runtime.getRuntime().addShutdownHook(new Thread(local::stop, "run-odoo-stop"));
                return new OdooServer(
                        URI.create(env.get("ODOO_URL")),
                        env.get("ODOO_DB"),
                        env.get("ODOO_USER"),
                        env.get("ODOO_PASSWORD"),
                        env.get("ODOO_API_KEY"),
                        local);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ports of this home: remembered, so that the PostgreSQL cluster keeps the port it was made with. */
    private static LocalRunOdoo withPorts(Path script, Path home) throws IOException {
        Path file = home.resolve("testkit.properties");
        Properties ports = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                ports.load(in);
            }
        }
        int http = portOrFree(ports, "http");
        int pg = portOrFree(ports, "pg");
        try (var out = Files.newOutputStream(file)) {
            ports.store(out, "ports of the test Odoo in this home");
        }
        return new LocalRunOdoo(script, home, http, pg);
    }

    private static int portOrFree(Properties ports, String name) throws IOException {
        String known = ports.getProperty(name);
        int port = known != null && isFree(Integer.parseInt(known)) ? Integer.parseInt(known) : freePort();
        ports.setProperty(name, Integer.toString(port));
        return port;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public boolean resettable() {
        return true;
    }

    @Override
    public void reset() {
        run(RESET_TIMEOUT, "reset", "--port", Integer.toString(httpPort));
    }

    @Override
    public String describe() {
        return "run-odoo, home " + home;
    }

    private void stop() {
        try {
            run(Duration.ofMinutes(1), "stop");
        } catch (RuntimeException e) {
            System.err.println("[real-odoo] could not stop the test Odoo: " + e.getMessage());
        }
    }

    /** Runs a run-odoo command; its progress goes to this JVM's stderr, its KEY=VALUE lines are returned. */
    private Map<String, String> run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("ODOO_HOME", home.toString());
        builder.environment().put("ODOO_PG_PORT", Integer.toString(pgPort));
        builder.environment().put("ODOO_PORT", Integer.toString(httpPort));
        try {
            Process process = builder.start();
            Map<String, String> values = new HashMap<>();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        values.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("run-odoo " + args[0] + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("run-odoo " + args[0] + " failed with status " + process.exitValue()
                        + " (log: " + home.resolve("odoo.log") + ")");
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running run-odoo " + args[0], e);
        }
    }
}
