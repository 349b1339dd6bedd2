package dev.ledgerline.odoo.testkit;

import java.net.URI;
import java.util.Objects;

/**
 * Coordinates of a real Odoo server for a test: URL, database, login and secrets. {@link #toString()}
 * never shows the password or API key.
 */
public final class OdooServer {

    private final URI url;
    private final String database;
    private final String user;
    private final String password;
    private final String apiKey;
    private final ServerSource source;

    OdooServer(URI url, String database, String user, String password, String apiKey, ServerSource source) {
        this.url = Objects.requireNonNull(url, "url");
        this.database = Objects.requireNonNull(database, "database");
        this.user = Objects.requireNonNull(user, "user");
        this.password = password;
        this.apiKey = apiKey;
        this.source = Objects.requireNonNull(source, "source");
    }

    public URI url() {
        return url;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    /** The password, when known (a server named by the environment may give only an API key). */
    public String password() {
        return password;
    }

    /** The API key, when known. */
    public String apiKey() {
        return apiKey;
    }

    /** The API key when there is one, else the password: Odoo takes either wherever it takes a password. */
    public String secret() {
        return apiKey != null ? apiKey : password;
    }

    /** Whether this server was started for the build and can be reset to a fresh database. */
    public boolean resettable() {
        return source.resettable();
    }

    /** Gives the server a fresh database from its template (seconds); the URL and credentials stay. */
    public void reset() {
        source.reset();
    }

    @Override
    public String toString() {
        return "OdooServer[" + url + ", db=" + database + ", user=" + user + ", " + source.describe() + "]";
    }

    /** Where a server comes from and what it can do. */
    interface ServerSource {
        boolean resettable();

        void reset();

        String describe();
    }
}
