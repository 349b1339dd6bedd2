package dev.ledgerline.odoo.client.internal;

import dev.ledgerline.odoo.client.OdooException;
import dev.ledgerline.odoo.client.Protocol;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /json/2/<model>/<method>} (Odoo 19+): the API key as bearer token, the database in {@code
 * X-Odoo-Database}, the body {@code {ids, context, …named arguments}}, the raw result on 200 and {@code
 * {name, message, arguments, context, debug}} with a meaningful status otherwise.
 */
public final class Json2Transport implements Transport {

    private final HttpChannel channel;
    private final Map<String, String> headers;
    private final ErrorDecoder errors;

    /**
     * A transport for an API key.
     *
     * @param channel the HTTP pool
     * @param database the database name, or {@code null} to let the server choose (single database)
     * @param apiKey the API key
     * @param errors the error decoder
     */
    public Json2Transport(HttpChannel channel, String database, Secret apiKey, ErrorDecoder errors) {
        this.channel = channel;
        this.errors = errors;
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("Authorization", "bearer " + apiKey.reveal());
        if (database != null) {
            fixed.put("X-Odoo-Database", database);
        }
        this.headers = Map.copyOf(fixed);
    }

    @Override
    public JsonNode call(ModelCall call) {
        ObjectNode body = OdooJson.NODES.objectNode();
        if (call.ids() != null) {
            ArrayNode ids = body.putArray("ids");
            call.ids().forEach(ids::add);
        }
        if (!call.context().isEmpty()) {
            body.set("context", call.context());
        }
        body.setAll(call.kwargs());
        HttpChannel.Answer answer = channel.post(
                "/json/2/" + call.model() + "/" + call.method(),
                headers,
                OdooJson.write(body),
                call.model(),
                call.method());
        return readAnswer(answer, errors, call.model(), call.method());
    }

    /**
     * Reads a JSON-2 answer.
     *
     * @param answer the HTTP answer
     * @param errors the error decoder
     * @param model the model called
     * @param method the method called
     * @return the result on 200 (JSON {@code null} for an empty body)
     * @throws OdooException for any other status
     */
    public static JsonNode readAnswer(HttpChannel.Answer answer, ErrorDecoder errors, String model, String method) {
        JsonNode body = null;
        if (answer.body().length > 0) {
            try {
                body = OdooJson.parse(answer.body());
            } catch (JacksonException e) {
                throw errors.fromHttp(answer.status(), answer.text(), model, method);
            }
        }
        if (answer.status() == 200) {
            return body == null ? OdooJson.NODES.nullNode() : body;
        }
        if (body != null && body.isObject() && body.has("name")) {
            throw errors.fromJson2(answer.status(), body, model, method);
        }
        throw errors.fromHttp(answer.status(), answer.text(), model, method);
    }

    @Override
    public Protocol protocol() {
        return Protocol.JSON_2;
    }

    @Override
    public String toString() {
        return "Json2Transport[" + channel + "]";
    }
}
