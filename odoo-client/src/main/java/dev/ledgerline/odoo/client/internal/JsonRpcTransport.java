package dev.ledgerline.odoo.client.internal;

import dev.ledgerline.odoo.client.OdooException;
import dev.ledgerline.odoo.client.Protocol;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /jsonrpc}: {@code object.execute_kw(db, uid, secret, model, method, args, kwargs)}.
 *
 * <p>Most arguments go by name, as in JSON-2. The leading arguments of a few core methods go by
 * position, because Odoo needs them there: {@code create} decides from its first positional argument
 * whether to answer one id or a list, and Odoo 16 names the domain of {@code search} and {@code
 * search_count} {@code args} where later versions say {@code domain}. Sending them by position works on
 * every version and matches what Odoo's own clients send.
 */
public final class JsonRpcTransport implements Transport {

    /** Per method, the arguments sent by position (leading ones, in order, while present). */
    private static final Map<String, List<String>> POSITIONAL = Map.of(
            "create", List.of("vals_list"),
            "write", List.of("vals"),
            "search", List.of("domain"),
            "search_count", List.of("domain"),
            "search_read", List.of("domain"),
            "read_group", List.of("domain", "fields", "groupby"),
            "check_object_reference", List.of("module", "xml_id"));

    private static final AtomicLong REQUEST_IDS = new AtomicLong();

    private final HttpChannel channel;
    private final String database;
    private final long uid;
    private final Secret secret;
    private final ErrorDecoder errors;

    /**
     * A transport for an authenticated user.
     *
     * @param channel the HTTP pool
     * @param database the database name
     * @param uid the user id {@code common.authenticate} returned
     * @param secret the password or API key
     * @param errors the error decoder
     */
    public JsonRpcTransport(HttpChannel channel, String database, long uid, Secret secret, ErrorDecoder errors) {
        this.channel = channel;
        this.database = database;
        this.uid = uid;
        this.secret = secret;
        this.errors = errors;
    }

    @Override
    public JsonNode call(ModelCall call) {
        ArrayNode positional = OdooJson.NODES.arrayNode();
        if (call.ids() != null) {
            ArrayNode ids = positional.addArray();
            call.ids().forEach(ids::add);
        }
        ObjectNode kwargs = call.kwargs().deepCopy();
        for (String name : POSITIONAL.getOrDefault(call.method(), List.of())) {
            if (!kwargs.has(name)) {
                break;
            }
            positional.add(kwargs.remove(name));
        }
        if (!call.context().isEmpty()) {
            kwargs.set("context", call.context());
        }
        ArrayNode args = OdooJson.NODES.arrayNode();
        args.add(database)
                .add(uid)
                .add(secret.reveal())
                .add(call.model())
                .add(call.method())
                .add(positional);
        if (!kwargs.isEmpty()) {
            args.add(kwargs);
        }
        return send(channel, errors, "object", "execute_kw", args, call.model(), call.method());
    }

    @Override
    public Protocol protocol() {
        return Protocol.JSON_RPC;
    }

    /**
     * Calls a JSON-RPC service method, e.g. {@code common.version} or {@code common.authenticate}.
     *
     * @param channel the HTTP pool
     * @param errors the error decoder
     * @param service {@code common}, {@code object} or {@code db}
     * @param method the service method
     * @param args its arguments
     * @param model the model for errors, or {@code null}
     * @param errorMethod the method for errors
     * @return the result
     * @throws OdooException on any failure
     */
    static JsonNode send(
            HttpChannel channel,
            ErrorDecoder errors,
            String service,
            String method,
            ArrayNode args,
            String model,
            String errorMethod) {
        ObjectNode request = OdooJson.NODES.objectNode();
        request.put("jsonrpc", "2.0");
        request.put("method", "call");
        ObjectNode params = request.putObject("params");
        params.put("service", service);
        params.put("method", method);
        params.set("args", args);
        request.put("id", REQUEST_IDS.incrementAndGet());
        HttpChannel.Answer answer = channel.post("/jsonrpc", Map.of(), OdooJson.write(request), model, errorMethod);
        return readAnswer(answer, errors, model, errorMethod);
    }

    /**
     * Reads a JSON-RPC answer: the {@code result}, or the typed exception for its {@code error}.
     *
     * @param answer the HTTP answer
     * @param errors the error decoder
     * @param model the model called, or {@code null}
     * @param method the method called
     * @return the result; JSON {@code null} when the answer has no {@code result} (a method that
     *     returned nothing)
     * @throws OdooException for an error answer
     */
    public static JsonNode readAnswer(HttpChannel.Answer answer, ErrorDecoder errors, String model, String method) {
        if (answer.status() != 200) {
            throw errors.fromHttp(answer.status(), answer.text(), model, method);
        }
        JsonNode body;
        try {
            body = OdooJson.parse(answer.body());
        } catch (JacksonException e) {
            throw errors.fromHttp(answer.status(), answer.text(), model, method);
        }
        if (!body.isObject()) {
            throw errors.fromHttp(answer.status(), answer.text(), model, method);
        }
        if (body.has("error")) {
            throw errors.fromJsonRpc(body.get("error"), model, method);
        }
        return body.has("result") ? body.get("result") : OdooJson.NODES.nullNode();
    }

    @Override
    public String toString() {
        return "JsonRpcTransport[" + channel + ", db=" + database + ", uid=" + uid + "]";
    }
}
