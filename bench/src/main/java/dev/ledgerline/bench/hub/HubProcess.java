package dev.ledgerline.bench.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The hub as it runs in production: {@code java -jar hub-app/target/ledgerline.jar} in its own
 * directory (where the embedded H2 database lands with the shipped default URL), configured through
 * {@code config/application.properties} there, which Spring Boot reads from the working directory.
 * Settings stay off the command line, tokens and Odoo keys included, and the benchmark's own {@code
 * ODOO_*} environment is not passed on, so a hub has exactly the target its benchmark gives it.
 */
public final class HubProcess implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Process process;

    private HubProcess(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts a hub in {@code dir} (emptied first) and waits until it answers its liveness probe.
     *
     * @param jvmOptions options of the hub's JVM, e.g. a flight recording
     */
    public static HubProcess start(
            Path jar, Path dir, Map<String, String> settings, List<String> jvmOptions, Duration within) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./ledgerline build");
        }
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir.resolve("config"));
            Properties properties = new Properties();
            properties.putAll(settings);
            try (Writer out = Files.newBufferedWriter(
                    dir.resolve("config/application.properties"), StandardCharsets.ISO_8859_1)) {
                properties.store(out, "written by the benchmark for this run");
            }
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("hub.log").toFile()));
            builder.environment().keySet().removeIf(name -> name.startsWith("ODOO_"));
            HubProcess hub = new HubProcess(dir, port, builder.start());
            hub.awaitLive(within);
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HubApi api() {
        return new HubApi(port);
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path dir() {
        return dir;
    }

    public Path log() {
        return dir.resolve("hub.log");
    }

    /** SIGTERM and wait: Spring's graceful shutdown, after which the JVM writes its flight recording. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitLive(Duration within) {
        Instant deadline = Instant.now().plus(within);
        HubApi api = api();
        while (!api.live()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + "; see " + log());
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("the hub did not start within " + within + "; see " + log());
            }
            sleep(200);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
