package dev.ledgerline.odoo.compat.differential;

import dev.ledgerline.odoo.testkit.RecordedOdoo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Field types and relations of the recorded models ({@code models-18.0.json}), to know what a value is. */
final class Schema {

    /** A field: its Odoo type and, for relational fields, the model it points to. */
    record Field(String type, String relation) {}

    private final Map<String, Map<String, Field>> models = new HashMap<>();

    static Schema recorded() {
        JsonNode root = JsonRpcServer.JSON.readTree(RecordedOdoo.models().toFile());
        Schema schema = new Schema();
        root.get("models").properties().forEach(model -> {
            Map<String, Field> fields = new HashMap<>();
            model.getValue()
                    .properties()
                    .forEach(field -> fields.put(
                            field.getKey(),
                            new Field(
                                    field.getValue().path("type").asString(),
                                    field.getValue().path("relation").asString(null))));
            schema.models.put(model.getKey(), fields);
        });
        return schema;
    }

    Optional<Field> field(String model, String name) {
        return Optional.ofNullable(models.getOrDefault(model, Map.of()).get(name));
    }
}
