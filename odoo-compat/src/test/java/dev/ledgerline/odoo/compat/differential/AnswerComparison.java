package dev.ledgerline.odoo.compat.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Compares the sandbox's answer to Odoo's for one call: HTTP status, envelope keys, error code and {@code
 * data.name}, and the result's JSON types, keys and values. Normalised are only ids (mapped through {@link
 * IdCorrespondence}, learning new pairs), timestamps (compared by form) and sequence numbers in names
 * ({@code INV/2026/00007} and {@code INV/2026/00008} are the same name).
 */
final class AnswerComparison {

    private static final Pattern SEQUENCE = Pattern.compile("\\b([A-Z][A-Z0-9]*/\\d{4}/(?:\\d{2}/)?)\\d+\\b");
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final double CENT_FRACTION = 1e-6;

    private final Schema schema;
    private final IdCorrespondence ids = new IdCorrespondence();

    AnswerComparison(Schema schema) {
        this.schema = schema;
    }

    /**
     * The differences between the two answers, one per line (every field of every record, the first inside
     * a value), or {@code null} when they are the same.
     */
    String compare(Call call, Answer sandbox, Answer real) {
        if (sandbox.status() != real.status()) {
            return "HTTP " + sandbox.status() + " from the sandbox, " + real.status() + " from Odoo";
        }
        if (sandbox.json() == null || real.json() == null) {
            return sandbox.json() == real.json() ? null : "JSON from one side only";
        }
        if (!keys(sandbox.json()).equals(keys(real.json()))) {
            return "answer keys " + keys(sandbox.json()) + " from the sandbox, " + keys(real.json()) + " from Odoo";
        }
        if (real.isError()) {
            return compareErrors(sandbox.json().get("error"), real.json().get("error"));
        }
        if (!real.json().has("result")) {
            return null;
        }
        return result(call, sandbox.result(), real.result());
    }

    private static String compareErrors(JsonNode sandbox, JsonNode real) {
        if (!keys(sandbox).equals(keys(real)) || !keys(sandbox.path("data")).equals(keys(real.path("data")))) {
            return "error keys " + keys(sandbox) + keys(sandbox.path("data")) + " from the sandbox, " + keys(real)
                    + keys(real.path("data")) + " from Odoo";
        }
        if (!sandbox.path("code").equals(real.path("code"))) {
            return "error code " + sandbox.path("code") + " from the sandbox, " + real.path("code") + " from Odoo";
        }
        String sandboxName = sandbox.path("data").path("name").asString("");
        String realName = real.path("data").path("name").asString("");
        return sandboxName.equals(realName)
                ? null
                : "error " + sandboxName + " from the sandbox, " + realName + " from Odoo";
    }

    private String result(Call call, JsonNode sandbox, JsonNode real) {
        String model = call.model();
        return switch (call.method()) {
            case "create" ->
                real.isArray() ? idList("result", model, sandbox, real) : id("result", model, sandbox, real);
            case "search" -> idList("result", model, sandbox, real);
            case "read", "search_read", "read_group" -> records(model, sandbox, real);
            default -> generic("result", model, sandbox, real);
        };
    }

    private String records(String model, JsonNode sandbox, JsonNode real) {
        if (!sandbox.isArray() || !real.isArray()) {
            return shape("result", sandbox, real);
        }
        if (sandbox.size() != real.size()) {
            return "result has " + sandbox.size() + " records from the sandbox, " + real.size() + " from Odoo";
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < real.size(); i++) {
            collect(differences, record("result[" + i + "]", model, sandbox.get(i), real.get(i)));
        }
        return joined(differences);
    }

    private String record(String path, String model, JsonNode sandbox, JsonNode real) {
        if (!sandbox.isObject() || !real.isObject()) {
            return shape(path, sandbox, real);
        }
        if (!keys(sandbox).equals(keys(real))) {
            return path + " keys " + keys(sandbox) + " from the sandbox, " + keys(real) + " from Odoo";
        }
        List<String> differences = new ArrayList<>();
        for (String key : keys(real)) {
            collect(differences, field(path + "." + key, model, key, sandbox.get(key), real.get(key)));
        }
        return joined(differences);
    }

    private String field(String path, String model, String name, JsonNode sandbox, JsonNode real) {
        if (name.equals("id")) {
            return id(path, model, sandbox, real);
        }
        if (name.equals("__domain")) {
            return null; // a group's domain repeats the group's key, compared on its own
        }
        Schema.Field field = schema.field(model, name).orElse(null);
        if (field == null || (sandbox.isBoolean() && real.isBoolean())) {
            return generic(path, model, sandbox, real);
        }
        return switch (field.type()) {
            case "many2one" -> many2one(path, field.relation(), sandbox, real);
            case "one2many", "many2many" -> idList(path, field.relation(), sandbox, real);
            case "datetime" -> datetime(path, sandbox, real);
            case "json" ->
                name.equals("analytic_distribution")
                        ? distribution(path, sandbox, real)
                        : generic(path, model, sandbox, real);
            default -> generic(path, model, sandbox, real);
        };
    }

    private String many2one(String path, String relation, JsonNode sandbox, JsonNode real) {
        if (real.isArray() && sandbox.isArray() && real.size() == 2 && sandbox.size() == 2) {
            String difference = id(path + "[0]", relation, sandbox.get(0), real.get(0));
            return difference != null ? difference : generic(path + "[1]", relation, sandbox.get(1), real.get(1));
        }
        return generic(path, relation, sandbox, real);
    }

    private String idList(String path, String model, JsonNode sandbox, JsonNode real) {
        if (!sandbox.isArray() || !real.isArray()) {
            return shape(path, sandbox, real);
        }
        if (sandbox.size() != real.size()) {
            return path + " has " + sandbox.size() + " ids from the sandbox " + sandbox + ", " + real.size()
                    + " from Odoo " + real;
        }
        for (int i = 0; i < real.size(); i++) {
            String difference = id(path + "[" + i + "]", model, sandbox.get(i), real.get(i));
            if (difference != null) {
                return difference;
            }
        }
        return null;
    }

    private String id(String path, String model, JsonNode sandbox, JsonNode real) {
        if (!sandbox.isIntegralNumber() || !real.isIntegralNumber()) {
            return shape(path, sandbox, real);
        }
        String difference = ids.match(model, sandbox.asLong(), real.asLong());
        return difference == null ? null : path + ": " + difference;
    }

    private static String datetime(String path, JsonNode sandbox, JsonNode real) {
        boolean sandboxTime =
                sandbox.isString() && DATETIME.matcher(sandbox.asString()).matches();
        boolean realTime = real.isString() && DATETIME.matcher(real.asString()).matches();
        if (sandboxTime && realTime || sandbox.equals(real)) {
            return null;
        }
        return shape(path, sandbox, real);
    }

    /** {@code {"<analytic account id>": percent}}: keys are ids, matched in the order of their percent. */
    private String distribution(String path, JsonNode sandbox, JsonNode real) {
        if (!sandbox.isObject() || !real.isObject()) {
            return generic(path, "account.analytic.account", sandbox, real);
        }
        if (sandbox.size() != real.size()) {
            return path + " = " + sandbox + " from the sandbox, " + real + " from Odoo";
        }
        List<Map.Entry<String, JsonNode>> left = sortedByShare(sandbox);
        List<Map.Entry<String, JsonNode>> right = sortedByShare(real);
        for (int i = 0; i < right.size(); i++) {
            if (Math.abs(left.get(i).getValue().asDouble()
                            - right.get(i).getValue().asDouble())
                    > CENT_FRACTION) {
                return path + " = " + sandbox + " from the sandbox, " + real + " from Odoo";
            }
            String difference =
                    accountKeys(path, left.get(i).getKey(), right.get(i).getKey());
            if (difference != null) {
                return difference + " (" + sandbox + " from the sandbox, " + real + " from Odoo)";
            }
        }
        return null;
    }

    /** A distribution key: one analytic account id, or several joined by commas (one per plan). */
    private String accountKeys(String path, String sandboxKey, String realKey) {
        String[] sandboxIds = sandboxKey.split(",");
        String[] realIds = realKey.split(",");
        if (sandboxIds.length != realIds.length) {
            return path + " key " + sandboxKey + " from the sandbox, " + realKey + " from Odoo";
        }
        for (int k = 0; k < realIds.length; k++) {
            String difference = ids.match(
                    "account.analytic.account",
                    Long.parseLong(sandboxIds[k].strip()),
                    Long.parseLong(realIds[k].strip()));
            if (difference != null) {
                return path + ": " + difference;
            }
        }
        return null;
    }

    private static List<Map.Entry<String, JsonNode>> sortedByShare(JsonNode object) {
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        object.properties()
                .forEach(e ->
                        sorted.put(String.format("%020.6f|%s", e.getValue().asDouble(), e.getKey()), e.getValue()));
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        sorted.forEach((k, v) -> out.add(Map.entry(k.substring(k.indexOf('|') + 1), v)));
        return out;
    }

    /** Values whose model is unknown: same JSON types, same keys, numbers equal, strings equal but for sequence numbers. */
    private String generic(String path, String model, JsonNode sandbox, JsonNode real) {
        if (sandbox.isNumber() && real.isNumber()) {
            return Math.abs(sandbox.asDouble() - real.asDouble()) <= CENT_FRACTION
                    ? null
                    : path + " = " + sandbox + " from the sandbox, " + real + " from Odoo";
        }
        if (sandbox.getNodeType() != real.getNodeType()) {
            return shape(path, sandbox, real);
        }
        if (real.isObject()) {
            if (!keys(sandbox).equals(keys(real))) {
                return path + " keys " + keys(sandbox) + " from the sandbox, " + keys(real) + " from Odoo";
            }
            List<String> differences = new ArrayList<>();
            for (String key : keys(real)) {
                collect(
                        differences,
                        key.equals("res_id") && real.path("res_model").isString()
                                ? id(
                                        path + ".res_id",
                                        real.get("res_model").asString(),
                                        sandbox.get(key),
                                        real.get(key))
                                : field(path + "." + key, model, key, sandbox.get(key), real.get(key)));
            }
            return joined(differences);
        }
        if (real.isArray()) {
            if (sandbox.size() != real.size()) {
                return path + " = " + sandbox + " from the sandbox, " + real + " from Odoo";
            }
            for (int i = 0; i < real.size(); i++) {
                String difference = generic(path + "[" + i + "]", model, sandbox.get(i), real.get(i));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (real.isString()) {
            return masked(sandbox.asString()).equals(masked(real.asString()))
                    ? null
                    : path + " = " + sandbox + " from the sandbox, " + real + " from Odoo";
        }
        return sandbox.equals(real) ? null : path + " = " + sandbox + " from the sandbox, " + real + " from Odoo";
    }

    /** Differences of one answer are kept apart by new lines; at most ten per answer. */
    private static void collect(List<String> differences, String found) {
        if (found != null && differences.size() < 10) {
            differences.add(found);
        }
    }

    private static String joined(List<String> differences) {
        return differences.isEmpty() ? null : String.join("\n", differences);
    }

    static String masked(String text) {
        return SEQUENCE.matcher(text).replaceAll("$1#");
    }

    private static String shape(String path, JsonNode sandbox, JsonNode real) {
        return path + " is " + clip(sandbox) + " from the sandbox, " + clip(real) + " from Odoo";
    }

    private static String clip(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.properties().forEach(e -> keys.add(e.getKey()));
        keys.sort(null);
        return keys;
    }
}
