package dev.ledgerline.odoo.sandbox.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the {@link Schema} from the recorded {@code models-18.0.json} (copied beside this class at
 * build time from {@code ../shared/odoo}) and the model labels and orders of the seed.
 */
public final class SchemaLoader {
    private static final String MODELS = "models-18.0.json";
    /** Models the recorded schema lacks (wizards the hub calls), recorded from the same server. */
    private static final String EXTRA_MODELS = "models-extra-18.0.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaLoader() {}

    /** The recorded Odoo 18 schema, read once per JVM. */
    public static JsonNode recordedModels() {
        return Recorded.MODELS_JSON;
    }

    public static Schema load(OdooVersion version, JsonNode meta, Iterable<String> shadowModels) {
        FieldRenames renames = FieldRenames.forVersion(version);
        Map<String, ModelSpec> models = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> model : recordedModels().get("models").properties()) {
            String name = model.getKey();
            Map<String, FieldSpec> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : model.getValue().properties()) {
                FieldSpec spec = field(field.getKey(), field.getValue());
                String versionName = renames.versionName(name, spec.name());
                fields.put(versionName, spec.renamed(versionName));
            }
            models.put(name, new ModelSpec(name, description(meta, name), order(meta, name), false, fields));
        }
        for (Map.Entry<String, JsonNode> model :
                Recorded.EXTRA_JSON.get("models").properties()) {
            String name = model.getKey();
            Map<String, FieldSpec> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field :
                    model.getValue().get("fields").properties()) {
                fields.put(field.getKey(), field(field.getKey(), field.getValue()));
            }
            models.putIfAbsent(
                    name,
                    new ModelSpec(
                            name,
                            model.getValue().get("description").asString(),
                            model.getValue().get("order").asString(),
                            false,
                            fields));
        }
        for (String shadow : shadowModels) {
            models.computeIfAbsent(shadow, n -> shadowModel(n, meta));
        }
        for (ModelSpec spec : List.copyOf(models.values())) {
            for (FieldSpec field : spec.fields().values()) {
                if (field.relation() != null && !models.containsKey(field.relation())) {
                    models.put(field.relation(), shadowModel(field.relation(), meta));
                }
            }
        }
        return new Schema(models, renames);
    }

    private static ModelSpec shadowModel(String name, JsonNode meta) {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        fields.put("id", new FieldSpec("id", FieldType.INTEGER, "ID", false, true, true, null, null, List.of()));
        fields.put("name", new FieldSpec("name", FieldType.CHAR, "Name", false, false, true, null, null, List.of()));
        fields.put(
                "display_name",
                new FieldSpec(
                        "display_name", FieldType.CHAR, "Display Name", false, true, false, null, null, List.of()));
        return new ModelSpec(name, description(meta, name), "id", true, fields);
    }

    private static FieldSpec field(String name, JsonNode node) {
        List<String> selection = new ArrayList<>();
        JsonNode values = node.get("selection");
        if (values != null && values.isArray()) {
            for (JsonNode pair : values) {
                selection.add(pair.get(0).asString());
            }
        }
        return new FieldSpec(
                name,
                FieldType.of(node.get("type").asString()),
                node.path("string").asString(name),
                node.path("required").asBoolean(false),
                node.path("readonly").asBoolean(false),
                node.path("store").asBoolean(true),
                text(node.get("relation")),
                text(node.get("relation_field")),
                selection);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String description(JsonNode meta, String model) {
        JsonNode entry = meta.get(model);
        return entry == null ? model : entry.path("description").asString(model);
    }

    private static String order(JsonNode meta, String model) {
        JsonNode entry = meta.get(model);
        return entry == null ? "id" : entry.path("order").asString("id");
    }

    private static final class Recorded {
        static final JsonNode MODELS_JSON = read(MODELS);
        static final JsonNode EXTRA_JSON = read(EXTRA_MODELS);

        private static JsonNode read(String file) {
            try (InputStream in = SchemaLoader.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException(
                            file + " is missing from the classpath: build the module with Maven");
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
