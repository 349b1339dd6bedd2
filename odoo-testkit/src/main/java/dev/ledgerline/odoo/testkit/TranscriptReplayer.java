package dev.ledgerline.odoo.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays recorded Odoo transcripts ({@link RecordedOdoo#transcripts()}) against any server, the sandbox
 * or a real Odoo, and reports every step whose answer differs from the recording: HTTP status, envelope,
 * error code and name, result type, keys and values that depend on neither ids nor time. Recorded ids are
 * mapped to the ids the server returns. One replayer keeps the id map of one database: replay the
 * transcripts of one run through the same instance, in order.
 */
public final class TranscriptReplayer {
    /** Result values that depend on the clock or on sequences, compared by type only. */
    private static final Set<String> VOLATILE = Set.of("write_date", "create_date", "reached_date", "invoice_date_due");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String database;
    private final String password;
    private final Map<Integer, Integer> ids = new HashMap<>();

    /**
     * A replayer for one database.
     *
     * @param baseUrl the server, e.g. {@code http://127.0.0.1:8069}
     * @param database the database the recorded calls are sent to (replaces the recorded {@code ps18})
     * @param password the administrator's password or API key (replaces the recorded {@code admin})
     */
    public TranscriptReplayer(String baseUrl, String database, String password) {
        this.base = URI.create(baseUrl);
        this.database = database;
        this.password = password;
    }

    /** One step the server did not reproduce. */
    public record Difference(String transcript, int step, String note, String reason) {}

    /** What one transcript's replay gave: its name, how many steps it has and the steps that differed. */
    public record Outcome(String transcript, int steps, List<Difference> differences) {}

    /** Replays one transcript and returns the steps that differed. */
    public List<Difference> replay(Path transcript) throws IOException, InterruptedException {
        return replayCounting(transcript).differences();
    }

    /** Replays one transcript and returns how many steps it had and which of them differed. */
    public Outcome replayCounting(Path transcript) throws IOException, InterruptedException {
        JsonNode recorded = JSON.readTree(transcript.toFile());
        String name = recorded.get("name").asString();
        List<Difference> out = new ArrayList<>();
        int index = 0;
        for (JsonNode step : recorded.get("steps")) {
            String note = step.path("note").asString();
            String reason = step.has("xmlrpc") ? "XML-RPC is out of the sandbox's scope" : check(step);
            if (reason != null) {
                out.add(new Difference(name, index, note, reason));
            }
            index++;
        }
        return new Outcome(name, index, out);
    }

    private String check(JsonNode step) throws IOException, InterruptedException {
        String body = step.has("request_raw")
                ? step.get("request_raw").asString()
                : JSON.writeValueAsString(translate(step.get("request")));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve(step.get("http").get("path").asString()))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        int status = step.get("http").get("status").asInt();
        if (response.statusCode() != status) {
            return "HTTP " + response.statusCode() + " instead of " + status;
        }
        JsonNode expected = step.get("response");
        if (expected.has("_non_json_body")) {
            return response.body().strip().equals(expected.get("_non_json_body").asString())
                    ? null
                    : "body " + response.body() + " instead of " + expected.get("_non_json_body");
        }
        JsonNode actual = JSON.readTree(response.body());
        if (!names(actual).equals(names(expected))) {
            if (actual.has("error") && !expected.has("error")) {
                JsonNode data = actual.get("error").path("data");
                return "error " + data.path("name").asString() + " ("
                        + data.path("message").asString() + ") instead of a result";
            }
            return "envelope keys " + names(actual) + " instead of " + names(expected);
        }
        if (!actual.get("id").equals(expected.get("id"))) {
            return "id not echoed";
        }
        if (expected.has("error")) {
            JsonNode e = expected.get("error");
            JsonNode a = actual.get("error");
            if (!names(a).equals(names(e)) || !names(a.get("data")).equals(names(e.get("data")))) {
                return "error keys differ: " + a;
            }
            if (a.get("code").asInt() != e.get("code").asInt()) {
                return "error code " + a.get("code") + " instead of " + e.get("code");
            }
            if (!a.get("data").get("name").equals(e.get("data").get("name"))) {
                return "error " + a.get("data").get("name") + " ("
                        + a.get("data").get("message").asString() + ") instead of "
                        + e.get("data").get("name");
            }
            return null;
        }
        if (!expected.has("result")) {
            // A method that returns nothing: the envelopes' keys, compared above, already agree.
            return null;
        }
        learnIds(step.get("request"), expected.get("result"), actual.get("result"));
        return compare("result", expected.get("result"), actual.get("result"));
    }

    private String compare(String path, JsonNode expected, JsonNode actual) {
        if (actual == null) {
            return path + " missing";
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (path.endsWith("id") || path.endsWith("]") && !path.contains("amount")) {
                return null;
            }
            return Math.abs(expected.asDouble() - actual.asDouble()) < 1e-9 || isId(path)
                    ? null
                    : path + " = " + actual + " instead of " + expected;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return path + " is " + actual + " instead of " + expected;
        }
        if (expected.isObject()) {
            if (!names(expected).equals(names(actual))) {
                return path + " keys " + names(actual) + " instead of " + names(expected);
            }
            for (String key : names(expected)) {
                String difference = compare(path + "." + key, expected.get(key), actual.get(key));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return path + " has " + actual.size() + " items instead of " + expected.size() + ": " + actual;
            }
            boolean relational = expected.size() == 2
                    && expected.get(0).isNumber()
                    && expected.get(1).isString();
            for (int i = 0; i < expected.size(); i++) {
                if (relational && i == 0) {
                    continue;
                }
                String difference = compare(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (VOLATILE.stream().anyMatch(path::endsWith)) {
            return null;
        }
        return expected.equals(actual) ? null : path + " = " + actual + " instead of " + expected;
    }

    private static boolean isId(String path) {
        return path.endsWith("id") || path.endsWith("_ids") || path.matches(".*\\[\\d+]$");
    }

    private void learnIds(JsonNode request, JsonNode expected, JsonNode actual) {
        JsonNode args = request.path("params").path("args");
        if (args.size() > 4 && args.get(4).asString().equals("create") && expected != null && actual != null) {
            if (expected.isNumber() && actual.isNumber()) {
                ids.put(expected.asInt(), actual.asInt());
            } else if (expected.isArray() && actual.isArray()) {
                for (int i = 0; i < expected.size() && i < actual.size(); i++) {
                    ids.put(expected.get(i).asInt(), actual.get(i).asInt());
                }
            }
        }
    }

    private JsonNode translate(JsonNode request) {
        ObjectNode copy = (ObjectNode) request.deepCopy();
        JsonNode args = copy.path("params").path("args");
        if (args instanceof ArrayNode list
                && !list.isEmpty()
                && list.get(0).isString()
                && !list.get(0).asString().equals("nodb")) {
            list.set(0, JSON.getNodeFactory().stringNode(database));
            if (list.size() > 2
                    && "admin".equals(list.get(2).asString())
                    && copy.path("params").path("service").asString().equals("object")) {
                list.set(2, JSON.getNodeFactory().stringNode(password));
            }
            if (list.size() > 5) {
                for (int i = 5; i < list.size(); i++) {
                    list.set(i, mapIds(list.get(i), null));
                }
            }
        }
        return copy;
    }

    /** Replaces recorded ids by the server's in id positions: {@code *_id(s)} values, {@code id} leaves, id lists. */
    private JsonNode mapIds(JsonNode node, String key) {
        boolean idKey = key != null
                && (key.equals("id")
                        || key.endsWith("_id")
                        || key.endsWith("_ids")
                        || key.equals("ids")
                        || key.equals("active_ids"));
        if (node.isInt()) {
            return idKey || key == null ? IntNode.valueOf(ids.getOrDefault(node.asInt(), node.asInt())) : node;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode out = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), mapIds(e.getValue(), e.getKey()));
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = JSON.createArrayNode();
            if (array.size() == 3 && array.get(0).isString() && array.get(1).isString()) {
                String field = array.get(0).asString();
                out.add(array.get(0));
                out.add(array.get(1));
                out.add(field.equals("id") || field.endsWith("_id") ? mapIds(array.get(2), "id") : array.get(2));
                return out;
            }
            for (JsonNode item : array) {
                out.add(
                        item.isInt() && (key == null || idKey)
                                ? mapIds(item, key == null ? null : "id")
                                : mapIds(item, idKey ? key : item.isContainer() ? key : "value"));
            }
            return out;
        }
        return node;
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.properties().forEach(e -> out.add(e.getKey()));
        out.sort(null);
        return out;
    }
}
