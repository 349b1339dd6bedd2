package dev.ledgerline.odoo.client;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One group of {@link OdooModel#readGroup}, the same whether Odoo answered {@code read_group} (16–18)
 * or {@code formatted_read_group} (19+).
 *
 * @param groupValues the value of each group-by spec as Odoo sent it, keyed by the spec (e.g. {@code
 *     employee_id} → {@code [2, "Ana Analyst"]}, {@code date:month} → {@code "November 2026"})
 * @param count how many records the group holds
 * @param aggregates each aggregate, keyed by the spec asked for (e.g. {@code unit_amount:sum}), exact
 */
public record GroupRow(Map<String, JsonNode> groupValues, long count, Map<String, BigDecimal> aggregates) {

    /** Copies the maps. */
    public GroupRow {
        groupValues = Collections.unmodifiableMap(new LinkedHashMap<>(groupValues));
        aggregates = Collections.unmodifiableMap(new LinkedHashMap<>(aggregates));
    }

    /**
     * A group-by value read as a many2one.
     *
     * @param groupBy the group-by spec, e.g. {@code employee_id}
     * @return the reference, or empty for the group of records without a value
     */
    public Optional<Many2one> many2one(String groupBy) {
        return Many2one.from(group(groupBy));
    }

    /**
     * A group-by value as Odoo sent it.
     *
     * @param groupBy the group-by spec
     * @return the value
     * @throws IllegalArgumentException when the spec was not asked for
     */
    public JsonNode group(String groupBy) {
        JsonNode value = groupValues.get(groupBy);
        if (value == null) {
            throw new IllegalArgumentException("not grouped by '" + groupBy + "'; groups are " + groupValues.keySet());
        }
        return value;
    }

    /**
     * One aggregate.
     *
     * @param spec the spec asked for, e.g. {@code amount:sum}
     * @return the value; zero when Odoo sent {@code false} (no record had a value)
     * @throws IllegalArgumentException when the spec was not asked for
     */
    public BigDecimal aggregate(String spec) {
        BigDecimal value = aggregates.get(spec);
        if (value == null) {
            throw new IllegalArgumentException("no aggregate '" + spec + "'; aggregates are " + aggregates.keySet());
        }
        return value;
    }
}
