package dev.ledgerline.odoo.sandbox;

import dev.ledgerline.odoo.sandbox.access.Credentials;
import dev.ledgerline.odoo.sandbox.model.OdooVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a sandbox.
 *
 * @param port TCP port, 0 for a free one
 * @param host address to listen on
 * @param version Odoo version to imitate
 * @param database the database name callers must use
 * @param adminApiKey the administrator's API key (a random one by default)
 * @param clock the server's clock (dates of records, today's date)
 * @param faultSeed seed of the random faults
 * @param callDelay a fixed delay before every call, to imitate a real server's cost
 * @param dataFile where the state is kept between runs ({@code null}: in memory only): loaded at start when it
 *     exists, saved on {@link OdooSandbox#close()}, every {@code saveInterval} after changes, and on
 *     {@code POST /sandbox/save}
 * @param saveInterval how often changes are saved to the data file (zero: only on close and on request)
 */
public record SandboxOptions(
        int port,
        String host,
        OdooVersion version,
        String database,
        String adminApiKey,
        Clock clock,
        long faultSeed,
        Duration callDelay,
        Path dataFile,
        Duration saveInterval) {

    public SandboxOptions {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        host = host == null ? "127.0.0.1" : host;
        adminApiKey = adminApiKey == null ? Credentials.newKey() : adminApiKey;
        callDelay = callDelay == null ? Duration.ZERO : callDelay;
        saveInterval = saveInterval == null ? DEFAULT_SAVE_INTERVAL : saveInterval;
        if (saveInterval.isNegative()) {
            throw new IllegalArgumentException("saveInterval must not be negative");
        }
    }

    /** Changes are saved to the data file at most this long after they happen, by default. */
    public static final Duration DEFAULT_SAVE_INTERVAL = Duration.ofSeconds(30);

    /** Odoo 18 on a free local port, database {@code sandbox}. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(
                0, "127.0.0.1", OdooVersion.V18, "sandbox", null, Clock.systemUTC(), 42L, Duration.ZERO, null, null);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(
                newPort, host, version, database, adminApiKey, clock, faultSeed, callDelay, dataFile, saveInterval);
    }

    public SandboxOptions withHost(String newHost) {
        return new SandboxOptions(
                port, newHost, version, database, adminApiKey, clock, faultSeed, callDelay, dataFile, saveInterval);
    }

    public SandboxOptions withVersion(OdooVersion newVersion) {
        return new SandboxOptions(
                port, host, newVersion, database, adminApiKey, clock, faultSeed, callDelay, dataFile, saveInterval);
    }

    public SandboxOptions withDatabase(String newDatabase) {
        return new SandboxOptions(
                port, host, version, newDatabase, adminApiKey, clock, faultSeed, callDelay, dataFile, saveInterval);
    }

    public SandboxOptions withAdminApiKey(String key) {
        return new SandboxOptions(
                port, host, version, database, key, clock, faultSeed, callDelay, dataFile, saveInterval);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(
                port, host, version, database, adminApiKey, newClock, faultSeed, callDelay, dataFile, saveInterval);
    }

    /** Keeps the state in this file between runs (see {@link #dataFile()}). */
    public SandboxOptions withDataFile(Path file) {
        return new SandboxOptions(
                port, host, version, database, adminApiKey, clock, faultSeed, callDelay, file, saveInterval);
    }

    public SandboxOptions withSaveInterval(Duration interval) {
        return new SandboxOptions(
                port, host, version, database, adminApiKey, clock, faultSeed, callDelay, dataFile, interval);
    }

    public SandboxOptions withCallDelay(Duration delay) {
        return new SandboxOptions(
                port, host, version, database, adminApiKey, clock, faultSeed, delay, dataFile, saveInterval);
    }
}
