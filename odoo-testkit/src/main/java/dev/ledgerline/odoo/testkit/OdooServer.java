package dev.ledgerline.odoo.testkit;

import dev.ledgerline.odoo.client.OdooClient;
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

    /**
     * Whether the server was given this credential (a server named by the environment may have only
     * one).
     */
    public boolean has(Credential credential) {
        return secret(credential) != null;
    }

    /**
     * A new client for the administrator (or {@code ODOO_USER}) with the given credential, already
     * connected. The caller closes it; tests get one closed for them as an {@link OdooClient} parameter.
     *
     * @throws IllegalStateException when the server was not given that credential
     */
    public OdooClient connect(Credential credential) {
        String secret = secret(credential);
        if (secret == null) {
            throw new IllegalStateException("the real Odoo was given no " + credential.label());
        }
        OdooClient.Builder builder =
                OdooClient.builder().url(url).database(database).login(user);
        OdooClient client = (credential == Credential.API_KEY ? builder.apiKey(secret) : builder.password(secret))
                .userAgent("ledgerline-tests")
                .build();
        try {
            client.connect();
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private String secret(Credential credential) {
        return switch (credential) {
            case API_KEY -> apiKey;
            case PASSWORD -> password;
        };
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

    /** How a client proves who it is. */
    public enum Credential {
        /** The API key: Odoo 18 takes it wherever it takes a password; JSON-2 needs it. */
        API_KEY("API key"),
        /** The login's password (JSON-RPC only). */
        PASSWORD("password");

        private final String label;

        Credential(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** Where a server comes from and what it can do. */
    interface ServerSource {
        boolean resettable();

        void reset();

        String describe();
    }
}
