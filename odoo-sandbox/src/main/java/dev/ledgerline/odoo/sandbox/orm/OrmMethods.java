package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ORM's public methods with Odoo's signatures: positional and named arguments both work. */
final class OrmMethods {
    /** The ORM methods callable over RPC. */
    static final java.util.Set<String> NAMES = java.util.Set.of(
            "create",
            "read",
            "write",
            "unlink",
            "exists",
            "search",
            "search_count",
            "search_read",
            "read_group",
            "name_search",
            "fields_get",
            "default_get",
            "name_create");

    /** Those of {@link #NAMES} that work on the model, not on records ({@code @api.model}). */
    static final java.util.Set<String> MODEL_NAMES = java.util.Set.of(
            "create",
            "search",
            "search_count",
            "search_read",
            "read_group",
            "name_search",
            "fields_get",
            "default_get",
            "name_create");

    private final Env env;
    private final ModelSpec model;

    OrmMethods(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
    }

    @SuppressWarnings("unchecked")
    Object call(Call call) {
        Records records = env.orm().records(env, model.name());
        return switch (call.method()) {
            case "create" -> {
                Object values = call.arg(0, "vals_list", call.arg(0, "vals", Call.ABSENT));
                if (values == Call.ABSENT) {
                    throw typeError("create() missing 1 required positional argument: 'vals_list'");
                }
                if (values instanceof List<?> list) {
                    yield records.create((List<Map<String, Object>>) list);
                }
                if (values instanceof Map<?, ?> map) {
                    yield records.create((Map<String, Object>) map);
                }
                throw OdooException.valueError("Invalid values for create: " + PythonRepr.of(values));
            }
            case "read" -> records.read(call.ids(), fields(call.arg(1, "fields", null)));
            case "write" -> {
                Object values = call.arg(1, "vals");
                if (!(values instanceof Map<?, ?> map)) {
                    throw typeError("write() missing 1 required positional argument: 'vals'");
                }
                records.write(call.ids(), (Map<String, Object>) map);
                yield true;
            }
            case "unlink" -> {
                records.unlink(call.ids());
                yield true;
            }
            case "exists" -> {
                List<Integer> existing = new ArrayList<>();
                for (Integer id : call.ids()) {
                    if (env.db().exists(model.name(), id)) {
                        existing.add(id);
                    }
                }
                yield existing;
            }
            case "search" ->
                records.search(
                        domain(call.arg(0, "domain", call.arg(-1, "args", List.of()))),
                        intArg(call.arg(1, "offset", 0)),
                        limit(call.arg(2, "limit", null)),
                        order(call.arg(3, "order", null)));
            case "search_count" -> {
                int count = records.count(domain(call.arg(0, "domain", call.arg(-1, "args", List.of()))));
                Object limit = call.arg(1, "limit", null);
                yield limit instanceof Number n ? Math.min(count, n.intValue()) : count;
            }
            case "search_read" -> {
                List<Integer> ids = records.search(
                        domain(call.arg(0, "domain", List.of())),
                        intArg(call.arg(2, "offset", 0)),
                        limit(call.arg(3, "limit", null)),
                        order(call.arg(4, "order", null)));
                yield records.read(ids, fields(call.arg(1, "fields", null)));
            }
            case "read_group" -> new Grouping(env, model).readGroup(call);
            case "name_search" -> new NameSearch(env, model).nameSearch(call);
            case "fields_get" ->
                FieldsGet.of(env, model, call.arg(0, "allfields", null), call.arg(1, "attributes", null));
            case "default_get" ->
                DefaultGet.of(env, model, fields(call.arg(0, "fields_list", call.arg(0, "fields", null))));
            case "name_create" -> {
                int id = records.create(Map.of("name", String.valueOf(call.arg(0, "name", ""))));
                yield List.of(id, records.displayName(id));
            }
            default -> {
                env.orm().checkPublicMethod(model.name(), call.method());
                throw new IllegalStateException("no ORM method " + call.method());
            }
        };
    }

    private static OdooException typeError(String message) {
        return new OdooException(OdooException.TYPE_ERROR, message);
    }

    private static Object domain(Object value) {
        return value == null || Boolean.FALSE.equals(value) ? List.of() : value;
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return null;
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        return (List<String>) value;
    }

    private static int intArg(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static Integer limit(Object value) {
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    private static String order(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
