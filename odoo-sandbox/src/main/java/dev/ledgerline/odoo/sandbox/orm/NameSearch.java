package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code name_search}: records whose display name matches, as {@code [id, display_name]} pairs. */
final class NameSearch {
    private final Env env;
    private final ModelSpec model;

    NameSearch(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
    }

    List<List<Object>> nameSearch(Call call) {
        String name = String.valueOf(call.arg(0, "name", ""));
        Object extra = call.arg(1, "domain", call.arg(1, "args", null));
        String operator = String.valueOf(call.arg(2, "operator", "ilike"));
        Object limitArg = call.arg(3, "limit", 100);
        int limit = limitArg instanceof Number n ? n.intValue() : 100;
        Domain domain = Domain.parse(extra);
        Searching searching = new Searching(env, model);
        env.orm().access(env).checkModel(env, model.name(), AccessPolicy.Operation.READ);
        List<Map<String, Object>> rows =
                Ordering.parse(env, model, null).sortedRows(searching.rows(domain, env.activeTest(), true));
        List<List<Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String display = Reading.displayName(env, model, row);
            if (name.isEmpty() || matches(display, operator, name)) {
                out.add(List.of(row.get("id"), display));
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matches(String display, String operator, String name) {
        return DomainMatcher.Compare.test(display, operator, name, dev.ledgerline.odoo.sandbox.model.FieldType.CHAR);
    }
}
