package dev.ledgerline.odoo.client;

import dev.ledgerline.odoo.client.internal.Handshake;
import dev.ledgerline.odoo.client.internal.HttpChannel;
import dev.ledgerline.odoo.client.internal.ModelCall;
import dev.ledgerline.odoo.client.internal.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A connection to one Odoo database, over JSON-RPC or JSON-2 (see {@link Protocol}).
 *
 * <pre>{@code
 * try (OdooClient odoo = OdooClient.builder()
 *         .url("https://erp.example.com").database("firm").login("integration").apiKey(key)
 *         .build()) {
 *     long partnerId = odoo.model("res.partner").create(Map.of("name", "Acme"));
 * }
 * }</pre>
 *
 * <p>The client connects on {@link #connect()} or on the first call: it asks the server's version,
 * picks the protocol and checks the credentials. Calls are then made through {@link #model(String)}.
 *
 * <p>Thread-safe: share one client per Odoo database. It pools HTTP connections (at most {@link
 * Builder#maxConcurrentRequests} requests in flight) and never retries a call: a failed {@code create}
 * may or may not have happened (see {@link OdooTransportException#outcomeUnknown()}), and only the
 * caller knows whether sending it again is safe. Secrets never appear in {@link #toString()}, logs or
 * exception messages.
 */
public final class OdooClient implements AutoCloseable {

    private final URI url;
    private final Handshake.Settings settings;
    private final OdooContext context;
    private final HttpChannel channel;
    private final Map<String, ModelSchema> schemas = new ConcurrentHashMap<>();
    private final Object connectLock = new Object();
    private volatile Handshake.Session session;
    private volatile boolean closed;

    private OdooClient(Builder builder) {
        this.url = builder.url;
        this.settings = new Handshake.Settings(
                builder.database, builder.login, builder.password, builder.apiKey, builder.protocol);
        this.context = builder.context;
        this.channel = new HttpChannel(
                builder.url,
                builder.connectTimeout,
                builder.requestTimeout,
                builder.maxConcurrentRequests,
                builder.userAgent);
    }

    /**
     * Starts building a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Connects now (otherwise the first call does): detects the server version, chooses the protocol
     * and checks the credentials. Calling it again does nothing; after a failure the next call tries
     * again.
     *
     * @return the server's version
     * @throws OdooAccessDeniedException when the credentials or the database are wrong
     * @throws OdooTransportException when the server cannot be reached
     */
    public ServerVersion connect() {
        return session().version();
    }

    /**
     * The server's version (connects if needed).
     *
     * @return the version
     */
    public ServerVersion serverVersion() {
        return session().version();
    }

    /**
     * The protocol in use (connects if needed): never {@link Protocol#AUTO}.
     *
     * @return {@link Protocol#JSON_RPC} or {@link Protocol#JSON_2}
     */
    public Protocol protocol() {
        return session().transport().protocol();
    }

    /**
     * The id of the user the client acts as (connects if needed).
     *
     * @return the uid; empty over JSON-2 when the server does not report it
     */
    public OptionalLong uid() {
        return session().uid();
    }

    /**
     * The context sent with every call unless a {@link OdooModel#withContext model handle} overrides
     * keys.
     *
     * @return the default context
     */
    public OdooContext context() {
        return context;
    }

    /**
     * A handle for calls on one model. Cheap; no request is made.
     *
     * @param name the model's technical name, e.g. {@code account.move}
     * @return the handle, using the client's default context
     */
    public OdooModel model(String name) {
        return new OdooModel(this, name, context);
    }

    /**
     * What differs between Odoo versions, discovered from this server (connects if needed).
     *
     * @return the dialect
     */
    public OdooDialect dialect() {
        return new OdooDialect(this, serverVersion());
    }

    /**
     * Forgets the cached {@code fields_get} answers, e.g. after installing an app on the server.
     */
    public void clearSchemaCache() {
        schemas.clear();
    }

    /** Closes the HTTP connections. Calls afterwards fail with {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
        channel.close();
    }

    JsonNode execute(ModelCall call) {
        return session().transport().call(call);
    }

    ModelSchema schema(String model, Function<String, ModelSchema> loader) {
        ModelSchema cached = schemas.get(model);
        if (cached != null) {
            return cached;
        }
        // not computeIfAbsent: the load is a network call and must not hold the map's bin lock
        ModelSchema loaded = loader.apply(model);
        ModelSchema raced = schemas.putIfAbsent(model, loaded);
        return raced != null ? raced : loaded;
    }

    private Handshake.Session session() {
        if (closed) {
            throw new IllegalStateException("the Odoo client is closed");
        }
        Handshake.Session current = session;
        if (current != null) {
            return current;
        }
        synchronized (connectLock) {
            if (session == null) {
                session = Handshake.open(channel, settings);
            }
            return session;
        }
    }

    @Override
    public String toString() {
        Handshake.Session current = session;
        return "OdooClient[" + url + ", database=" + settings.database() + ", login=" + settings.login()
                + ", credential=" + (settings.apiKey() != null ? "API key" : "password") + ", protocol="
                + (current == null
                        ? settings.requested() + " (not connected)"
                        : current.transport().protocol())
                + "]";
    }

    /**
     * Builds an {@link OdooClient}. Required: {@link #url}, {@link #database} and {@link #login} (both
     * optional when JSON-2 is forced), and exactly one of {@link #password} or {@link #apiKey}.
     */
    public static final class Builder {

        private URI url;
        private String database;
        private String login;
        private Secret password;
        private Secret apiKey;
        private Protocol protocol = Protocol.AUTO;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(120);
        private int maxConcurrentRequests = 8;
        private OdooContext context = OdooContext.empty();
        private String userAgent = "ledgerline-odoo-client";

        private Builder() {}

        /**
         * The server's base URL.
         *
         * @param url e.g. {@code https://erp.example.com} or {@code http://127.0.0.1:8069}
         * @return this builder
         */
        public Builder url(String url) {
            return url(URI.create(Objects.requireNonNull(url, "url")));
        }

        /**
         * The server's base URL.
         *
         * @param url an {@code http} or {@code https} URL without user info
         * @return this builder
         */
        public Builder url(URI url) {
            Objects.requireNonNull(url, "url");
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("Odoo's URL must be http or https, got " + url.getScheme());
            }
            if (url.getRawUserInfo() != null) {
                throw new IllegalArgumentException("put credentials in login/password/apiKey, not in the URL");
            }
            this.url = url;
            return this;
        }

        /**
         * The database name.
         *
         * @param database e.g. {@code firm-production}
         * @return this builder
         */
        public Builder database(String database) {
            this.database = Objects.requireNonNull(database, "database");
            return this;
        }

        /**
         * The user's login (JSON-RPC authenticates with it).
         *
         * @param login e.g. {@code integration@firm.example}
         * @return this builder
         */
        public Builder login(String login) {
            this.login = Objects.requireNonNull(login, "login");
            return this;
        }

        /**
         * The user's password (JSON-RPC only).
         *
         * @param password the password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = Secret.of(password);
            return this;
        }

        /**
         * An API key: JSON-2's bearer token, and accepted by JSON-RPC wherever a password is.
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Secret.of(apiKey);
            return this;
        }

        /**
         * The protocol; {@link Protocol#AUTO} by default.
         *
         * @param protocol the protocol
         * @return this builder
         */
        public Builder protocol(Protocol protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            return this;
        }

        /**
         * How long to wait for a TCP/TLS connection; 10 s by default.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for a whole answer; 120 s by default (a stock Odoo kills a request after 120
         * s of real time).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * The most requests in flight at once (and so pooled connections); 8 by default. Further calls
         * wait for a free slot up to the request timeout.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxConcurrentRequests(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, got " + max);
            }
            this.maxConcurrentRequests = max;
            return this;
        }

        /**
         * The context sent with every call, e.g. {@code OdooContext.empty().withLang("en_US")
         * .withAllowedCompanies(1)}.
         *
         * @param context the default context
         * @return this builder
         */
        public Builder context(OdooContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * The {@code User-Agent} header, so Odoo's logs name the integration.
         *
         * @param userAgent e.g. {@code ledgerline/1.4}
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /**
         * Checks the settings and creates the client (no request is made yet).
         *
         * @return the client
         * @throws IllegalStateException when a required setting is missing or settings contradict
         */
        public OdooClient build() {
            if (url == null) {
                throw new IllegalStateException("url is required");
            }
            if ((password == null) == (apiKey == null)) {
                throw new IllegalStateException("give exactly one of password or apiKey");
            }
            if (protocol == Protocol.JSON_2 && apiKey == null) {
                throw new IllegalStateException("JSON-2 authenticates with an API key; give apiKey");
            }
            if (protocol != Protocol.JSON_2 && (database == null || login == null)) {
                throw new IllegalStateException("database and login are required (JSON-RPC authenticates with them)");
            }
            return new OdooClient(this);
        }

        private static Duration positive(Duration timeout, String name) {
            Objects.requireNonNull(timeout, name);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + timeout);
            }
            return timeout;
        }

        @Override
        public String toString() {
            return "OdooClient.Builder[" + url + ", database=" + database + ", login=" + login + ", password="
                    + password + ", apiKey=" + apiKey + ", protocol=" + protocol + "]";
        }
    }
}
