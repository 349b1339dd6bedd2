package dev.ledgerline.bench.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL from the Debian binaries (the newest {@code /usr/lib/postgresql/N/bin}): a
 * fresh cluster in a temporary directory on a free loopback port, run as the {@code postgres} user when
 * the benchmark runs as root, with the server's default durability (fsync and synchronous commit on),
 * stopped and deleted on {@link #close()}.
 */
public final class Postgres implements AutoCloseable {

    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path dir;
    private final int port;
    private final Process process;

    private Postgres(Path bin, Path dir, int port, Process process) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** The newest PostgreSQL binaries on this machine, if any. */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(p -> p.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .filter(p -> Files.isExecutable(p.resolve("bin/postgres"))
                            && Files.isExecutable(p.resolve("bin/initdb")))
                    .max(Comparator.comparingDouble(
                            p -> Double.parseDouble(p.getFileName().toString())))
                    .map(p -> p.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static Postgres start(Path bin) {
        try {
            Path dir = Files.createTempDirectory("ledgerline-bench-pg-");
            if (AS_ROOT) {
                UserPrincipal postgres =
                        dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
            Path data = dir.resolve("data");
            run(
                    bin,
                    dir,
                    "initdb",
                    "-D",
                    data.toString(),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "--no-sync");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder(command(
                            bin,
                            "postgres",
                            "-D",
                            data.toString(),
                            "-p",
                            Integer.toString(port),
                            "-k",
                            dir.toString(),
                            "-c",
                            "listen_addresses=127.0.0.1",
                            "-c",
                            "max_connections=100"))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("postgres.log").toFile())
                    .directory(dir.toFile())
                    .start();
            Postgres server = new Postgres(bin, dir, port, process);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    /** A new empty database; answers its JDBC URL (with batched inserts rewritten, as production sets it). */
    public String createDatabase(String name) {
        run(bin, dir, "createdb", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", name);
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?reWriteBatchedInserts=true";
    }

    public String user() {
        return "postgres";
    }

    /** The server process and its backends, for their CPU time. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() {
        try {
            run(bin, dir, "pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } catch (RuntimeException e) {
            process.destroy();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                run(bin, dir, "pg_isready", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres");
                return;
            } catch (IllegalStateException e) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not start; see " + dir.resolve("postgres.log"), e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void run(Path bin, Path dir, String program, String... args) {
        try {
            Process p = new ProcessBuilder(command(bin, program, args))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve(program + ".log").toFile())
                    .directory(dir.toFile())
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(program + " failed; see " + dir.resolve(program + ".log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(Path bin, String program, String... args) {
        List<String> command = new ArrayList<>();
        if (AS_ROOT) {
            // PostgreSQL refuses to run as root
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }
}
