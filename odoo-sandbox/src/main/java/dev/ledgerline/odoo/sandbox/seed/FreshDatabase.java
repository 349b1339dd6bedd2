package dev.ledgerline.odoo.sandbox.seed;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import dev.ledgerline.odoo.sandbox.model.Schema;
import dev.ledgerline.odoo.sandbox.orm.Database;
import dev.ledgerline.odoo.sandbox.orm.Orm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of a fresh Odoo 18 database (accounting, project, timesheets, sales, expenses and CRM
 * installed, no demo data), recorded from a real server with {@code tools/record-seed.py}: the company,
 * users, currencies, countries, chart of accounts, journals, taxes, units, default products and stages,
 * with their real ids, plus each model's {@code default_get}.
 */
public final class FreshDatabase {
    private static final String SEED = "seed-18.0.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode RECORDED = read();

    private FreshDatabase() {}

    /** Model labels and orders, for the schema. */
    public static JsonNode meta() {
        return RECORDED.get("meta");
    }

    public static Iterable<String> shadowModels() {
        List<String> names = new ArrayList<>();
        RECORDED.get("shadow").properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    /** Fills an empty database with the fresh records and registers the models' defaults. */
    public static void load(Orm orm) {
        Database db = orm.db();
        Schema schema = db.schema();
        for (Map.Entry<String, JsonNode> model : RECORDED.get("models").properties()) {
            ModelSpec spec = schema.require(model.getKey());
            for (JsonNode record : model.getValue().get("records")) {
                db.insert(spec.name(), row(schema, spec, record));
            }
            orm.defaults(spec.name(), defaults(schema, spec, model.getValue().get("defaults")));
        }
        for (Map.Entry<String, JsonNode> shadow : RECORDED.get("shadow").properties()) {
            ModelSpec spec = schema.require(shadow.getKey());
            for (JsonNode pair : shadow.getValue()) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", pair.get(0).asInt());
                row.put("name", pair.get(1).asString());
                row.put("display_name", pair.get(1).asString());
                db.insert(spec.name(), row);
            }
            orm.seededShadow(spec.name(), true);
        }
        unreadableByAdministrator(db);
        ModelSpec xmlids = schema.require("ir.model.data");
        for (JsonNode x : RECORDED.get("xmlids")) {
            Map<String, Object> row = new HashMap<>();
            row.put("module", x.get(0).asString());
            row.put("name", x.get(1).asString());
            row.put("model", x.get(2).asString());
            row.put("res_id", x.get(3).asLong());
            db.insert(xmlids.name(), row);
        }
    }

    /**
     * What the recording, made as the administrator, could not read: the "Project" analytic plan (readable
     * only with analytic accounting) and the superuser's seven personal task stages (ids 2-8, visible only
     * to him), whose ids the next stages must not take.
     */
    private static void unreadableByAdministrator(Database db) {
        if (db.row("account.analytic.plan", 1) == null) {
            Map<String, Object> plan = new HashMap<>();
            plan.put("id", 1);
            plan.put("name", "Project");
            plan.put("complete_name", "Project");
            plan.put("parent_path", "1/");
            plan.put("color", 6L);
            plan.put("sequence", 10L);
            plan.put("create_uid", 1);
            plan.put("write_uid", 1);
            db.insert("account.analytic.plan", plan);
        }
        db.restartIdsAfter("project.task.type", 8);
    }

    private static Map<String, Object> row(Schema schema, ModelSpec spec, JsonNode record) {
        Map<String, Object> row = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            String name = schema.fieldName(spec.name(), field.getKey());
            FieldSpec fieldSpec = spec.fields().get(name);
            if (fieldSpec == null && !name.equals("id")) {
                continue;
            }
            Object value = value(fieldSpec, field.getValue());
            if (value != null) {
                row.put(name, value);
            }
        }
        return row;
    }

    private static Map<String, Object> defaults(Schema schema, ModelSpec spec, JsonNode defaults) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (defaults == null) {
            return out;
        }
        for (Map.Entry<String, JsonNode> field : defaults.properties()) {
            String name = schema.fieldName(spec.name(), field.getKey());
            if (spec.has(name)) {
                out.put(name, JSON.convertValue(field.getValue(), Object.class));
            }
        }
        return out;
    }

    private static Object value(FieldSpec field, JsonNode node) {
        if (field == null) {
            return node.asInt();
        }
        if (node.isNull()) {
            return null;
        }
        if (field.type() == FieldType.BOOLEAN) {
            return node.asBoolean();
        }
        if (node.isBoolean() && !node.asBoolean()) {
            return null;
        }
        return switch (field.type()) {
            case INTEGER -> node.asLong();
            case FLOAT, MONETARY -> node.asDouble();
            case MANY2ONE -> node.isArray() ? node.get(0).asInt() : node.asInt();
            case MANY2MANY, ONE2MANY -> {
                List<Integer> ids = new ArrayList<>();
                node.forEach(n -> ids.add(n.asInt()));
                yield field.type() == FieldType.ONE2MANY ? null : List.copyOf(ids);
            }
            case JSON, PROPERTIES, PROPERTIES_DEFINITION -> JSON.convertValue(node, Object.class);
            default -> node.asString();
        };
    }

    private static JsonNode read() {
        try (InputStream in = FreshDatabase.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
