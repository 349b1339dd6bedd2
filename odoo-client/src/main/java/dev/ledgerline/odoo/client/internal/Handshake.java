package dev.ledgerline.odoo.client.internal;

import dev.ledgerline.odoo.client.OdooAccessDeniedException;
import dev.ledgerline.odoo.client.OdooServerException;
import dev.ledgerline.odoo.client.Protocol;
import dev.ledgerline.odoo.client.ServerVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Connects to Odoo: detects the server version, picks the protocol and proves the credentials.
 *
 * <ul>
 *   <li>Version: {@code common.version} over JSON-RPC; when the server has no {@code /jsonrpc} (Odoo
 *       22 is announced to drop it), {@code GET /web/version}.
 *   <li>Protocol: JSON-2 on Odoo 19+ when an API key is given, JSON-RPC otherwise, unless forced.
 *   <li>JSON-RPC: {@code common.authenticate(db, login, secret, {})}; its {@code false} answer means
 *       wrong credentials. JSON-2: {@code res.users/context_get}, which answers 401 for a bad key.
 * </ul>
 */
public final class Handshake {

    private static final System.Logger LOG = System.getLogger("dev.ledgerline.odoo.client");

    /**
     * What to connect with.
     *
     * @param database the database name ({@code null} allowed for JSON-2 only)
     * @param login the login ({@code null} allowed for JSON-2 only)
     * @param password the password, or {@code null}
     * @param apiKey the API key, or {@code null}
     * @param requested the protocol asked for
     */
    public record Settings(String database, String login, Secret password, Secret apiKey, Protocol requested) {}

    /**
     * An open connection.
     *
     * @param version the server version
     * @param transport the transport for model calls
     * @param uid the user id, when the server told it
     */
    public record Session(ServerVersion version, Transport transport, OptionalLong uid) {}

    private Handshake() {}

    /**
     * Connects.
     *
     * @param channel the HTTP pool
     * @param settings the credentials and protocol
     * @return the session
     * @throws dev.ledgerline.odoo.client.OdooException when the server cannot be reached, has no known
     *     version, or refuses the credentials
     */
    public static Session open(HttpChannel channel, Settings settings) {
        ErrorDecoder errors = new ErrorDecoder(secrets(settings), OptionalLong.empty());
        ServerVersion version = detectVersion(channel, errors);
        Protocol protocol = choose(settings, version);
        Session session = switch (protocol) {
            case JSON_2 -> openJson2(channel, settings, errors, version);
            default -> openJsonRpc(channel, settings, errors, version);
        };
        LOG.log(
                System.Logger.Level.INFO,
                () -> String.format(
                        "connected to Odoo %s (%s) as %s via %s",
                        version.full(),
                        settings.database() == null ? "default database" : "database " + settings.database(),
                        settings.login() == null ? "API key" : settings.login(),
                        protocol));
        return session;
    }

    /**
     * The protocol for a server version.
     *
     * @param settings what the caller asked for
     * @param version the server version
     * @return {@link Protocol#JSON_RPC} or {@link Protocol#JSON_2}
     */
    public static Protocol choose(Settings settings, ServerVersion version) {
        return switch (settings.requested()) {
            case AUTO -> version.atLeast(19) && settings.apiKey() != null ? Protocol.JSON_2 : Protocol.JSON_RPC;
            case JSON_RPC -> Protocol.JSON_RPC;
            case JSON_2 -> Protocol.JSON_2;
        };
    }

    private static ServerVersion detectVersion(HttpChannel channel, ErrorDecoder errors) {
        JsonNode answer;
        try {
            answer = JsonRpcTransport.send(
                    channel, errors, "common", "version", OdooJson.NODES.arrayNode(), null, "common.version");
        } catch (OdooServerException e) {
            if (e.httpStatus().orElse(0) != 404) {
                throw e;
            }
            answer = Json2Transport.readAnswer(
                    channel.get("/web/version", null, "web.version"), errors, null, "web.version");
        }
        try {
            return ServerVersion.parse(answer);
        } catch (IllegalArgumentException e) {
            throw new OdooServerException(
                    "ledgerline.UnknownVersion", e.getMessage(), null, "common.version", 0, null, false);
        }
    }

    private static Session openJsonRpc(
            HttpChannel channel, Settings settings, ErrorDecoder errors, ServerVersion version) {
        Secret secret = settings.password() != null ? settings.password() : settings.apiKey();
        ArrayNode args = OdooJson.NODES.arrayNode();
        args.add(settings.database()).add(settings.login()).add(secret.reveal()).add(OdooJson.NODES.objectNode());
        JsonNode uid =
                JsonRpcTransport.send(channel, errors, "common", "authenticate", args, null, "common.authenticate");
        if (!uid.isIntegralNumber() || uid.asLong() <= 0) {
            throw new OdooAccessDeniedException(
                    "odoo.exceptions.AccessDenied",
                    "Odoo refused login '" + settings.login() + "' on database '" + settings.database()
                            + "': login, password or API key not accepted",
                    null,
                    "common.authenticate",
                    0,
                    null);
        }
        long id = uid.asLong();
        return new Session(
                version,
                new JsonRpcTransport(channel, settings.database(), id, secret, errors.withUid(id)),
                OptionalLong.of(id));
    }

    private static Session openJson2(
            HttpChannel channel, Settings settings, ErrorDecoder errors, ServerVersion version) {
        Json2Transport transport = new Json2Transport(channel, settings.database(), settings.apiKey(), errors);
        ObjectNode empty = OdooJson.NODES.objectNode();
        JsonNode context = transport.call(new ModelCall("res.users", "context_get", null, empty, empty));
        JsonNode uid = context.path("uid");
        return new Session(
                version, transport, uid.isIntegralNumber() ? OptionalLong.of(uid.asLong()) : OptionalLong.empty());
    }

    private static List<Secret> secrets(Settings settings) {
        List<Secret> secrets = new ArrayList<>();
        if (settings.password() != null) {
            secrets.add(settings.password());
        }
        if (settings.apiKey() != null) {
            secrets.add(settings.apiKey());
        }
        return secrets;
    }
}
