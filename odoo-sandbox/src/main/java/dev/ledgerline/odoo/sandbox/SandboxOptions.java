package dev.ledgerline.odoo.sandbox;

import dev.ledgerline.odoo.sandbox.access.Credentials;
import dev.ledgerline.odoo.sandbox.model.OdooVersion;
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
 */
public record SandboxOptions(
        int port,
        String host,
        OdooVersion version,
        String database,
        String adminApiKey,
        Clock clock,
        long faultSeed,
        Duration callDelay) {

    public SandboxOptions {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        host = host == null ? "127.0.0.1" : host;
        adminApiKey = adminApiKey == null ? Credentials.newKey() : adminApiKey;
        callDelay = callDelay == null ? Duration.ZERO : callDelay;
    }

    /** Odoo 18 on a free local port, database {@code sandbox}. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(
                0, "127.0.0.1", OdooVersion.V18, "sandbox", null, Clock.systemUTC(), 42L, Duration.ZERO);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, host, version, database, adminApiKey, clock, faultSeed, callDelay);
    }

    public SandboxOptions withHost(String newHost) {
        return new SandboxOptions(port, newHost, version, database, adminApiKey, clock, faultSeed, callDelay);
    }

    public SandboxOptions withVersion(OdooVersion newVersion) {
        return new SandboxOptions(port, host, newVersion, database, adminApiKey, clock, faultSeed, callDelay);
    }

    public SandboxOptions withDatabase(String newDatabase) {
        return new SandboxOptions(port, host, version, newDatabase, adminApiKey, clock, faultSeed, callDelay);
    }

    public SandboxOptions withAdminApiKey(String key) {
        return new SandboxOptions(port, host, version, database, key, clock, faultSeed, callDelay);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, host, version, database, adminApiKey, newClock, faultSeed, callDelay);
    }

    public SandboxOptions withCallDelay(Duration delay) {
        return new SandboxOptions(port, host, version, database, adminApiKey, clock, faultSeed, delay);
    }
}
