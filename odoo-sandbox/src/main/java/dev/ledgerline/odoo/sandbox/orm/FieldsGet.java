package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import dev.ledgerline.odoo.sandbox.model.SchemaLoader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code fields_get}: the recorded field descriptions, renamed for the version, filtered as asked. */
final class FieldsGet {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FieldsGet() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Env env, ModelSpec model, Object allfields, Object attributes) {
        JsonNode recorded = SchemaLoader.recordedModels().path("models").path(model.name());
        Collection<String> only = allfields instanceof List<?> list && !list.isEmpty() ? (List<String>) list : null;
        Collection<String> attrs = attributes instanceof List<?> list && !list.isEmpty() ? (List<String>) list : null;
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldSpec field : model.fields().values()) {
            if (only != null && !only.contains(field.name())) {
                continue;
            }
            String canonical = env.db().schema().canonicalName(model.name(), field.name());
            JsonNode node = recorded.get(canonical);
            Map<String, Object> description = node == null ? minimal(field) : JSON.convertValue(node, Map.class);
            if (attrs != null) {
                description.keySet().retainAll(attrs);
            }
            out.put(field.name(), description);
        }
        return out;
    }

    private static Map<String, Object> minimal(FieldSpec field) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("type", field.type().odooName());
        description.put("string", field.string());
        description.put("required", field.required());
        description.put("readonly", field.readonly());
        description.put("store", field.store());
        return description;
    }
}
