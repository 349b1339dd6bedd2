package dev.ledgerline.odoo.compat.client;

import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.Protocol;
import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.testkit.OdooServer;
import dev.ledgerline.odoo.testkit.OdooServer.Credential;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One server the client scenarios run against: the administrator's client, and how to log in as another
 * user or with a wrong secret. Scenarios never reset the server; they name what they create with {@link
 * #unique} so that they can run in any order, twice, on a database that already holds records.
 *
 * @param name what the target is, for messages
 * @param admin the administrator's client (closed by whoever made it)
 * @param login the administrator's login
 * @param url the server
 * @param database the database
 * @param credential what the administrator's client logs in with
 */
record OdooTarget(String name, OdooClient admin, String login, URI url, String database, Credential credential) {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The sandbox with the administrator's password (JSON-RPC) or API key (JSON-2 in version 19). */
    static OdooTarget sandbox(OdooSandbox sandbox, Credential credential) {
        OdooClient.Builder builder = OdooClient.builder()
                .url(sandbox.url())
                .database(sandbox.database())
                .login(sandbox.adminLogin());
        OdooClient admin = credential == Credential.API_KEY
                ? builder.apiKey(sandbox.adminApiKey()).build()
                : builder.password("admin").build();
        // not connected here: a failing handshake then fails each scenario, where KnownSandboxGaps sees it
        return new OdooTarget(
                "sandbox " + sandbox.version() + " with " + credential,
                admin,
                sandbox.adminLogin(),
                URI.create(sandbox.url()),
                sandbox.database(),
                credential);
    }

    /** A real Odoo with the client {@code @RealOdoo} handed the test. */
    static OdooTarget real(OdooServer server, OdooClient admin, Credential credential) {
        return new OdooTarget(
                "real Odoo with " + credential, admin, server.user(), server.url(), server.database(), credential);
    }

    /** A name no other scenario, run or target uses: {@code prefix-<run>-<n>}. */
    String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** A new client for another user, logged in with a password (JSON-RPC); the caller closes it. */
    OdooClient as(String userLogin, String password) {
        return OdooClient.builder()
                .url(url)
                .database(database)
                .login(userLogin)
                .password(password)
                .build();
    }

    /** A new client whose password or API key (the kind this target uses) is wrong; the caller closes it. */
    OdooClient withWrongSecret() {
        OdooClient.Builder builder =
                OdooClient.builder().url(url).database(database).login(login);
        return credential == Credential.API_KEY
                ? builder.apiKey("0123456789abcdef0123456789abcdef01234567").build()
                : builder.password("not-the-password").build();
    }

    /** Whether calls go over JSON-2 (version 19 with an API key). */
    boolean json2() {
        return admin.protocol() == Protocol.JSON_2;
    }
}
