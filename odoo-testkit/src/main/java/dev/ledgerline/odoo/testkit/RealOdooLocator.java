package dev.ledgerline.odoo.testkit;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the real Odoo of this test JVM, once: the environment's, a local run-odoo, or none and why. {@link
 * RealOdoo} uses it for JUnit Jupiter tests; other test engines (jqwik properties) call it directly.
 */
public final class RealOdooLocator {

    /**
     * What was found.
     *
     * @param server the server, or {@code null} when there is none
     * @param reason why there is none, or {@code null}
     */
    public record Located(OdooServer server, String reason) {}

    private static Located located;

    private RealOdooLocator() {}

    /** The real Odoo of this JVM, found (and for a local one started) on the first call. */
    public static synchronized Located locate() {
        if (located == null) {
            located = find(System.getenv());
            if (located.server() == null) {
                System.err.println("[real-odoo] tests tagged real-odoo are skipped: " + located.reason());
            } else {
                System.err.println("[real-odoo] using " + located.server());
            }
        }
        return located;
    }

    /** Whether a missing real Odoo must fail the tests ({@code CI=true} or {@code -Dledgerline.realOdoo=required}). */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "required".equalsIgnoreCase(System.getProperty("ledgerline.realOdoo"));
    }

    static Located find(Map<String, String> env) {
        String url = env.get("ODOO_URL");
        if (url != null && !url.isBlank()) {
            String db = env.get("ODOO_DB");
            String user = env.getOrDefault("ODOO_USER", "admin");
            String key = env.get("ODOO_API_KEY");
            String password = env.get("ODOO_PASSWORD");
            if (db == null || (key == null && password == null)) {
                return new Located(null, "ODOO_URL is set but ODOO_DB or ODOO_API_KEY/ODOO_PASSWORD is missing");
            }
            return new Located(new OdooServer(URI.create(url), db, user, password, key, new ExternalOdoo()), null);
        }
        Path script = RecordedOdoo.sharedDirectory().resolve("odoo/run-odoo");
        if (!Files.isExecutable(script)) {
            return new Located(null, "ODOO_URL is not set and there is no " + script);
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return new Located(null, "run-odoo must run as root (it installs packages and runs PostgreSQL)");
        }
        try {
            return new Located(LocalRunOdoo.start(script, rootDir().resolve("target/real-odoo")), null);
        } catch (RuntimeException e) {
            return new Located(null, "run-odoo could not start a server: " + e.getMessage());
        }
    }

    /** The repository root: set by the build, else the nearest directory upwards holding mvnw. */
    static Path rootDir() {
        String root = System.getProperty("ledgerline.root");
        if (root != null) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("mvnw"))) {
                return d;
            }
        }
        return dir;
    }
}
