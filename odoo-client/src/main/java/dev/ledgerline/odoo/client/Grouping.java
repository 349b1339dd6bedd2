package dev.ledgerline.odoo.client;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One grouping request in the words of the server's version: {@code read_group(domain, fields,
 * groupby, lazy=False)} before Odoo 19, {@code formatted_read_group(domain, groupby, aggregates)} from
 * 19, and their rows read into the same {@link GroupRow}s.
 */
final class Grouping {

    private final boolean formatted;
    private final List<String> groupBy;
    private final List<String> aggregates;

    Grouping(OdooDialect dialect, List<String> groupBy, List<String> aggregates) {
        this.formatted = dialect.readGroupMethod().equals("formatted_read_group");
        this.groupBy = List.copyOf(groupBy);
        this.aggregates = List.copyOf(aggregates);
    }

    String method() {
        return formatted ? "formatted_read_group" : "read_group";
    }

    ObjectNode kwargs(Domain domain) {
        ObjectNode kwargs = OdooJson.NODES.objectNode();
        kwargs.set("domain", OdooJson.encode(domain));
        if (formatted) {
            List<String> asked = new ArrayList<>(aggregates);
            if (!asked.contains("__count")) {
                asked.add("__count");
            }
            kwargs.set("groupby", OdooJson.encode(groupBy));
            kwargs.set("aggregates", OdooJson.encode(asked));
        } else {
            kwargs.set("fields", OdooJson.encode(aggregates));
            kwargs.set("groupby", OdooJson.encode(groupBy));
            kwargs.put("lazy", false);
        }
        return kwargs;
    }

    List<GroupRow> rows(JsonNode result) {
        List<GroupRow> rows = new ArrayList<>();
        for (JsonNode row : result) {
            Map<String, JsonNode> groups = new LinkedHashMap<>();
            groupBy.forEach(spec -> groups.put(spec, row.path(spec)));
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String spec : aggregates) {
                JsonNode value = row.path(formatted ? spec : legacyKey(spec));
                values.put(spec, value.isNumber() ? value.decimalValue() : BigDecimal.ZERO);
            }
            rows.add(new GroupRow(groups, row.path("__count").asLong(0), values));
        }
        return List.copyOf(rows);
    }

    /** {@code read_group} keys {@code amount:sum} as {@code amount} and {@code total:sum(amount)} as {@code total}. */
    private static String legacyKey(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? spec : spec.substring(0, colon);
    }
}
