package dev.ledgerline.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The hub as a separate operating-system process, as it runs in production: the packaged jar ({@code
 * target/ledgerline.jar}, built by {@code package} before the integration tests) or, when it is
 * missing, the test classpath with the application's main class. It runs in its own working directory,
 * so the embedded H2 database lands under {@code <dir>/data/} with the shipped default URL. It can be
 * killed like {@code kill -9} and started again on the same directory and port.
 */
public final class HubProcess implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final List<String> command;
    private Process process;
    private int starts;

    private HubProcess(Path dir, int port, List<String> command) {
        this.dir = dir;
        this.port = port;
        this.command = command;
    }

    /** A hub on a free port in a new directory with these settings (not started yet). */
    public static HubProcess prepare(Map<String, String> settings) {
        try {
            Path dir = Files.createTempDirectory("ledgerline-hub-");
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx512m");
            Path jar = Path.of("target", "ledgerline.jar").toAbsolutePath();
            if (Files.isRegularFile(jar)) {
                command.addAll(List.of("-jar", jar.toString()));
            } else {
                command.addAll(List.of(
                        "-cp", System.getProperty("java.class.path"), "dev.ledgerline.hub.LedgerlineApplication"));
            }
            command.add("--server.port=" + port);
            settings.forEach((name, value) -> command.add("--" + name + "=" + value));
            return new HubProcess(dir, port, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    public Api api() {
        return new Api(port);
    }

    /** The JDBC URL of its embedded database, to read it once the process has stopped. */
    public String databaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("data/ledgerline") + ";WRITE_DELAY=0";
    }

    /** Starts the process and waits until it answers its liveness probe. */
    public void start(Duration within) {
        try {
            starts++;
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(within);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + "; see " + log());
            }
            try {
                if (api().get(null, "/actuator/health/liveness").status() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the hub did not start within " + within + "; see " + log());
            }
            sleep(200);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    public Path log() {
        return dir.resolve("hub.log");
    }

    public int starts() {
        return starts;
    }

    /** Ends the process if it still runs and deletes its directory (database and log). */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the hub did not end");
            }
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
