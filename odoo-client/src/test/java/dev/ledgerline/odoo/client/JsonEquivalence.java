package dev.ledgerline.odoo.client;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether two JSON values mean the same to Odoo: numbers by value ({@code 150.0} = {@code 150}), and
 * search arguments at Odoo's defaults ({@code offset: 0}, {@code limit: null}, {@code order: null}) the
 * same as absent.
 */
final class JsonEquivalence {

    private JsonEquivalence() {}

    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> entries = a.properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                JsonNode other = b.get(entry.getKey());
                if (other == null || !same(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Keyword arguments without the entries that only restate Odoo's defaults. */
    static ObjectNode withoutDefaults(JsonNode kwargs) {
        ObjectNode copy = kwargs.isObject()
                ? (ObjectNode) kwargs.deepCopy()
                : dev.ledgerline.odoo.client.internal.OdooJson.NODES.objectNode();
        if (copy.path("offset").isNumber() && copy.path("offset").asInt() == 0) {
            copy.remove("offset");
        }
        for (String key : new String[] {"limit", "order"}) {
            if (copy.has(key) && copy.get(key).isNull()) {
                copy.remove(key);
            }
        }
        return copy;
    }
}
