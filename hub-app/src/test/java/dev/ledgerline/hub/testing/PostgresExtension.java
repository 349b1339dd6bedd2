package dev.ledgerline.hub.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * A throw-away PostgreSQL for the tests of one JVM: the newest {@code /usr/lib/postgresql/N/bin}
 * initialises a fresh data directory and serves it on a free loopback port, as the {@code postgres}
 * OS user when the tests run as root. Each test class gets its own database; the server is stopped
 * and deleted after the run. Connections use a session time zone different from the JVM's, so a
 * timestamp that depends on either shows up as a failure.
 *
 * <p>Without PostgreSQL binaries the tests are skipped with one line, unless {@code CI=true} or
 * {@code -Dledgerline.postgres=required}: then they fail.
 */
public final class PostgresExtension implements BeforeAllCallback, TestInstancePreConstructCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresExtension.class);
    private static volatile Server server;

    /** A class with a per-class test instance gets its Spring context before {@code beforeAll}: start first. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        beforeAll(context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<Path> bin = newestBin();
        if (bin.isEmpty()) {
            String message = "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin";
            if (required()) {
                throw new IllegalStateException(message + " (required: CI=true or -Dledgerline.postgres=required)");
            }
            Assumptions.abort(message + ": PostgreSQL tests skipped");
        }
        server = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Server.class, k -> Server.start(bin.get()), Server.class);
    }

    /** The running server; call from {@code @DynamicPropertySource} or test setup of an extended class. */
    public static Server server() {
        if (server == null) {
            throw new IllegalStateException("register PostgresExtension on the test class first");
        }
        return server;
    }

    /** A zone the JVM is not in, for the JDBC session. */
    public static String sessionTimeZone() {
        String jvm = TimeZone.getDefault().getID();
        return jvm.equals("Pacific/Chatham") ? "America/St_Johns" : "Pacific/Chatham";
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "required".equalsIgnoreCase(System.getProperty("ledgerline.postgres"));
    }

    private static Optional<Path> newestBin() {
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

    /** One PostgreSQL server process and its temporary data directory. */
    public static final class Server implements AutoCloseable {

        private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));

        private final Path bin;
        private final Path dir;
        private final int port;
        private final Process process;

        private Server(Path bin, Path dir, int port, Process process) {
            this.bin = bin;
            this.dir = dir;
            this.port = port;
            this.process = process;
        }

        static Server start(Path bin) {
            try {
                Path dir = Files.createTempDirectory("ledgerline-pg-");
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
                int port = freePort();
                List<String> command = command(
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
                        "max_connections=100");
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("postgres.log").toFile())
                        .directory(dir.toFile())
                        .start();
                Server server = new Server(bin, dir, port, process);
                server.awaitReady();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start PostgreSQL", e);
            }
        }

        /** A new empty database; answers its JDBC URL. */
        public String createDatabase() {
            String name =
                    "ledger_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = connect("postgres");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create database " + name, e);
            }
            return jdbcUrl(name);
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?reWriteBatchedInserts=true";
        }

        public String user() {
            return "postgres";
        }

        private Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
        }

        private void awaitReady() {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (true) {
                try (Connection c = connect("postgres")) {
                    return;
                } catch (SQLException e) {
                    if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException(
                                "PostgreSQL did not start; see " + dir.resolve("postgres.log"), e);
                    }
                    sleep(100);
                }
            }
        }

        @Override
        public void close() {
            try {
                run(bin, dir, "pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
            } catch (RuntimeException e) {
                process.destroy();
            }
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            deleteRecursively(dir);
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

        private static void deleteRecursively(Path dir) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a leftover temp directory is harmless
            }
        }
    }
}
