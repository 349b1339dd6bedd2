package dev.ledgerline.odoo.sandbox;

import dev.ledgerline.odoo.sandbox.fault.Faults;
import dev.ledgerline.odoo.sandbox.model.OdooVersion;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Records;
import dev.ledgerline.odoo.sandbox.rpc.SandboxHttpServer;
import dev.ledgerline.odoo.sandbox.server.Backend;
import dev.ledgerline.odoo.sandbox.server.StateFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A running Odoo-compatible server: {@code /jsonrpc}, {@code /json/2} (version 19) and the admin
 * endpoints under {@code /sandbox}, plus a Java API to reset it, inject faults and look at its records.
 * Started with a data file ({@link SandboxOptions#withDataFile}), it keeps its state between runs.
 *
 * <pre>{@code
 * try (OdooSandbox odoo = OdooSandbox.start(SandboxOptions.defaults())) {
 *     // point your client at odoo.url(), odoo.database(), "admin" and odoo.adminApiKey()
 *     assertThat(odoo.count("res.partner", List.of(List.of("name", "=", "Acme")))).isEqualTo(1);
 * }
 * }</pre>
 */
public final class OdooSandbox implements AutoCloseable {
    private final Backend backend;
    private final SandboxHttpServer http;
    private final String host;
    private final ScheduledExecutorService saver;
    private long savedChanges = -1;

    private OdooSandbox(SandboxOptions options) {
        this.backend = new Backend(
                options.version(), options.database(), options.clock(), options.adminApiKey(), options.faultSeed());
        backend.faults().callDelay(options.callDelay());
        if (options.dataFile() != null) {
            backend.persistTo(new StateFile(options.dataFile()));
            savedChanges = backend.changes();
        }
        this.host = options.host();
        this.http = new SandboxHttpServer(backend, options.host(), options.port());
        http.start();
        if (options.dataFile() != null && !options.saveInterval().isZero()) {
            saver = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("sandbox-state-saver").daemon(true).factory());
            long every = options.saveInterval().toMillis();
            saver.scheduleWithFixedDelay(this::saveIfChanged, every, every, TimeUnit.MILLISECONDS);
        } else {
            saver = null;
        }
    }

    private synchronized void saveIfChanged() {
        long changes = backend.changes();
        if (changes != savedChanges) {
            backend.save();
            savedChanges = changes;
        }
    }

    /**
     * Writes the state to the data file now.
     *
     * @return the number of records written
     * @throws IllegalStateException when the sandbox was started without a data file
     */
    public synchronized int save() {
        long changes = backend.changes();
        int records = backend.save();
        savedChanges = changes;
        return records;
    }

    /** The file the state is kept in, when the sandbox was started with one. */
    public Optional<Path> dataFile() {
        return backend.stateFile().map(StateFile::path);
    }

    /** Starts a sandbox; close it to stop the server. */
    public static OdooSandbox start(SandboxOptions options) {
        return new OdooSandbox(options);
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://" + host + ":" + http.port();
    }

    public int port() {
        return http.port();
    }

    public String database() {
        return backend.database();
    }

    /** The administrator's login ({@code admin}); his password is {@code admin}. */
    public String adminLogin() {
        return "admin";
    }

    /** The administrator's uid, 2 as in a fresh Odoo database. */
    public int adminUid() {
        return Backend.ADMIN_UID;
    }

    public String adminApiKey() {
        return backend.adminApiKey();
    }

    public OdooVersion version() {
        return backend.version();
    }

    /** Back to a fresh database (seeded records only); faults stay as they are. */
    public void reset() {
        backend.reset();
    }

    /** The faults to inject; change them at any time. */
    public Faults faults() {
        return backend.faults();
    }

    /** Calls counted per {@code model.method}, errors by name and faults by kind. */
    public Map<String, Object> stats() {
        return backend.stats().snapshot();
    }

    /** Every record of a model (active or not, every company) as {@code read} returns them with all fields. */
    public List<Map<String, Object>> records(String model) {
        return records(model, List.of(), List.of());
    }

    /** Records matching a domain, with the given fields (all when empty), as the administrator sees them. */
    public List<Map<String, Object>> records(String model, List<?> domain, List<String> fields) {
        return backend.db().locked(() -> {
            Records records = inspector().records(model);
            return records.read(records.search(domain), fields);
        });
    }

    /** The number of records matching a domain (active or not, every company). */
    public int count(String model, List<?> domain) {
        return backend.db().locked(() -> inspector().records(model).count(domain));
    }

    /** A model's records through the ORM as the administrator, for tests that need more than reading. */
    public <T> T withAdmin(java.util.function.Function<Env, T> work) {
        return backend.db().transaction(() -> work.apply(backend.adminEnv()));
    }

    private Env inspector() {
        Env admin = backend.adminEnv();
        List<Integer> allCompanies = backend.db().rows("res.company").stream()
                .map(row -> (Integer) row.get("id"))
                .toList();
        return admin.withCompanies(allCompanies)
                .withContext(Map.of("active_test", false))
                .sudo();
    }

    /** Stops the server; with a data file, saves the state first. */
    @Override
    public void close() {
        if (saver != null) {
            saver.shutdownNow();
        }
        http.close();
        if (backend.stateFile().isPresent()) {
            save();
        }
    }
}
