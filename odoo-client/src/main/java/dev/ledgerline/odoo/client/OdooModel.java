package dev.ledgerline.odoo.client;

import dev.ledgerline.odoo.client.internal.ModelCall;
import dev.ledgerline.odoo.client.internal.OdooJson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls on one model, e.g. {@code odoo.model("account.move")}. Immutable and thread-safe; {@link
 * #withContext} gives a handle with another context.
 *
 * <p>Each method is one request to Odoo (except {@link #stream}, one per page, and a cached {@link
 * #fieldsGet}) and throws an {@link OdooException} subclass on failure. Values are sent as Odoo expects
 * them: {@code BigDecimal} exactly, {@code LocalDate} as {@code YYYY-MM-DD}, {@code Instant}, {@code
 * OffsetDateTime} and {@code ZonedDateTime} as a UTC datetime {@code YYYY-MM-DD HH:MM:SS}, {@link
 * Many2one} as its id, {@link Command}s for x2many fields, {@code Optional.empty()} as {@code false},
 * {@code null} as {@code null}; a value of another type (an enum, a bean) is refused with an {@link
 * IllegalArgumentException} before anything is sent.
 */
public final class OdooModel {

    private static final List<String> SCHEMA_ATTRIBUTES =
            List.of("type", "string", "required", "readonly", "relation", "selection", "store");

    private final OdooClient client;
    private final String name;
    private final OdooContext context;

    OdooModel(OdooClient client, String name, OdooContext context) {
        this.client = client;
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
    }

    /**
     * The model's technical name.
     *
     * @return e.g. {@code res.partner}
     */
    public String name() {
        return name;
    }

    /**
     * The context this handle sends.
     *
     * @return the client's default context with this handle's keys laid over it
     */
    public OdooContext context() {
        return context;
    }

    /**
     * A handle that sends {@code overrides} laid over this handle's context, e.g. {@code
     * withContext(OdooContext.empty().withAllowedCompanies(2))} to act in company 2.
     *
     * @param overrides context keys that take precedence
     * @return a new handle
     */
    public OdooModel withContext(OdooContext overrides) {
        return new OdooModel(client, name, context.merge(overrides));
    }

    /**
     * Creates one record.
     *
     * @param values field values
     * @return the new record's id
     */
    public long create(Map<String, ?> values) {
        JsonNode result = model("create", kwargs("vals_list", OdooJson.encodeMap(values)));
        // JSON-RPC answers the id for a single dict; JSON-2 answers the ids of the recordset
        JsonNode id = result.isArray() && result.size() == 1 ? result.get(0) : result;
        if (!id.isIntegralNumber()) {
            throw unexpected("create", "an id", result);
        }
        return id.asLong();
    }

    /**
     * Creates several records in one call and one transaction: all are created or none.
     *
     * @param values the field values of each record
     * @return the new ids, in the order of {@code values}
     */
    public List<Long> createAll(List<? extends Map<String, ?>> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        ArrayNode list = OdooJson.NODES.arrayNode();
        values.forEach(record -> list.add(OdooJson.encodeMap(record)));
        JsonNode result = model("create", kwargs("vals_list", list));
        List<Long> ids = idList(result, "create");
        if (ids.size() != values.size()) {
            throw unexpected("create", values.size() + " ids", result);
        }
        return ids;
    }

    /**
     * Writes the same values on the records, in one transaction.
     *
     * @param ids the records; nothing is sent when empty
     * @param values field values
     */
    public void write(Collection<Long> ids, Map<String, ?> values) {
        if (ids.isEmpty()) {
            return;
        }
        records("write", ids, kwargs("vals", OdooJson.encodeMap(values)));
    }

    /**
     * Writes values on one record.
     *
     * @param id the record
     * @param values field values
     */
    public void write(long id, Map<String, ?> values) {
        write(List.of(id), values);
    }

    /**
     * Deletes the records, in one transaction.
     *
     * @param ids the records; nothing is sent when empty
     */
    public void unlink(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        records("unlink", ids, OdooJson.NODES.objectNode());
    }

    /**
     * Reads records. Ids that do not exist (or that the user may not see) are left out: Odoo does not
     * report them as an error.
     *
     * @param ids the records
     * @param fields the fields to read; all fields when empty (slow on large models)
     * @return the records found, with their ids and the fields asked for
     */
    public List<OdooRecord> read(Collection<Long> ids, Collection<String> fields) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ObjectNode kwargs = OdooJson.NODES.objectNode();
        if (!fields.isEmpty()) {
            kwargs.set("fields", OdooJson.encode(fields));
        }
        return recordList(records("read", ids, kwargs), "read");
    }

    /**
     * The ids of all records matching the domain, in the model's default order.
     *
     * @param domain the condition
     * @return the ids
     */
    public List<Long> search(Domain domain) {
        return search(domain, Page.unlimited());
    }

    /**
     * The ids of one page of the records matching the domain.
     *
     * @param domain the condition
     * @param page offset, limit and order
     * @return the ids
     */
    public List<Long> search(Domain domain, Page page) {
        ObjectNode kwargs = kwargs("domain", OdooJson.encode(domain));
        paging(kwargs, page);
        return idList(model("search", kwargs), "search");
    }

    /**
     * Reads all records matching the domain in one call. For large results use {@link #stream}.
     *
     * @param domain the condition
     * @param fields the fields to read; all fields when empty
     * @return the records
     */
    public List<OdooRecord> searchRead(Domain domain, Collection<String> fields) {
        return searchRead(domain, fields, Page.unlimited());
    }

    /**
     * Reads one page of the records matching the domain.
     *
     * @param domain the condition
     * @param fields the fields to read; all fields when empty
     * @param page offset, limit and order
     * @return the records
     */
    public List<OdooRecord> searchRead(Domain domain, Collection<String> fields, Page page) {
        ObjectNode kwargs = kwargs("domain", OdooJson.encode(domain));
        if (!fields.isEmpty()) {
            kwargs.set("fields", OdooJson.encode(fields));
        }
        paging(kwargs, page);
        return recordList(model("search_read", kwargs), "search_read");
    }

    /**
     * Reads every record matching the domain, one page per request as the stream is consumed, in id
     * order. Pages are cut by id ({@code id > last id seen}), not by offset, so records created or
     * deleted while the stream runs never make it skip or repeat a record.
     *
     * @param domain the condition
     * @param fields the fields to read; all fields when empty
     * @param pageSize records per request, e.g. 500
     * @return a lazy, sequential stream
     */
    public Stream<OdooRecord> stream(Domain domain, Collection<String> fields, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, got " + pageSize);
        }
        Iterator<OdooRecord> pages = new KeysetPages(this, domain, List.copyOf(fields), pageSize);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * How many records match the domain.
     *
     * @param domain the condition
     * @return the count
     */
    public long searchCount(Domain domain) {
        JsonNode result = model("search_count", kwargs("domain", OdooJson.encode(domain)));
        if (!result.isIntegralNumber()) {
            throw unexpected("search_count", "a count", result);
        }
        return result.asLong();
    }

    /**
     * The model's fields in this database. Asked once per client and model, then cached (see {@link
     * OdooClient#clearSchemaCache()}).
     *
     * @return the schema
     */
    public ModelSchema fieldsGet() {
        return client.schema(name, model -> {
            JsonNode result = model("fields_get", kwargs("attributes", OdooJson.encode(SCHEMA_ATTRIBUTES)));
            return ModelSchema.parse(name, result);
        });
    }

    /**
     * The display names of records: {@code name_get} on Odoo 16, the {@code display_name} field from 17
     * on ({@code name_get} is gone in 18).
     *
     * @param ids the records
     * @return id → display name, in the order Odoo answered; missing records are left out
     */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        if (client.dialect().hasNameGet()) {
            for (JsonNode pair : records("name_get", ids, OdooJson.NODES.objectNode())) {
                names.put(pair.get(0).asLong(), pair.get(1).asString(""));
            }
        } else {
            for (OdooRecord record : read(ids, List.of("display_name"))) {
                names.put(record.id(), record.string("display_name").orElse(""));
            }
        }
        return names;
    }

    /**
     * Groups the matching records and aggregates fields, through {@code read_group} (Odoo 16–18) or
     * {@code formatted_read_group} (19+), with the same result either way.
     *
     * @param domain the condition
     * @param groupBy group-by specs, e.g. {@code employee_id} or {@code date:month}
     * @param aggregates aggregate specs {@code field:function}, e.g. {@code unit_amount:sum}
     * @return one row per group
     */
    public List<GroupRow> readGroup(Domain domain, List<String> groupBy, List<String> aggregates) {
        Grouping grouping = new Grouping(client.dialect(), groupBy, aggregates);
        JsonNode result = model(grouping.method(), grouping.kwargs(domain));
        if (!result.isArray()) {
            throw unexpected(grouping.method(), "a list of groups", result);
        }
        return grouping.rows(result);
    }

    /**
     * Calls a model method ({@code @api.model}: it runs on no particular record), e.g. {@code
     * name_search} or a wizard's {@code default_get}.
     *
     * @param method the method
     * @param kwargs its named arguments
     * @return Odoo's result as JSON (JSON {@code null} when the method returned nothing)
     */
    public JsonNode call(String method, Map<String, ?> kwargs) {
        return model(method, OdooJson.encodeMap(kwargs));
    }

    /**
     * Calls a method on records, e.g. {@code action_post} on invoices or {@code action_create_payments}
     * on a payment wizard.
     *
     * @param method the method
     * @param ids the records it runs on
     * @param kwargs its named arguments
     * @return Odoo's result as JSON (JSON {@code null} when the method returned nothing)
     */
    public JsonNode call(String method, Collection<Long> ids, Map<String, ?> kwargs) {
        return records(method, ids, OdooJson.encodeMap(kwargs));
    }

    private JsonNode model(String method, ObjectNode kwargs) {
        return client.execute(new ModelCall(name, method, null, kwargs, OdooJson.encodeMap(context.asMap())));
    }

    private JsonNode records(String method, Collection<Long> ids, ObjectNode kwargs) {
        return client.execute(
                new ModelCall(name, method, List.copyOf(ids), kwargs, OdooJson.encodeMap(context.asMap())));
    }

    private static ObjectNode kwargs(String key, JsonNode value) {
        ObjectNode kwargs = OdooJson.NODES.objectNode();
        kwargs.set(key, value);
        return kwargs;
    }

    private static void paging(ObjectNode kwargs, Page page) {
        if (page.offset() > 0) {
            kwargs.put("offset", page.offset());
        }
        if (page.limit() > 0) {
            kwargs.put("limit", page.limit());
        }
        if (page.order() != null) {
            kwargs.put("order", page.order());
        }
    }

    private List<Long> idList(JsonNode result, String method) {
        if (!result.isArray()) {
            throw unexpected(method, "a list of ids", result);
        }
        List<Long> ids = new ArrayList<>(result.size());
        for (JsonNode id : result) {
            if (!id.isIntegralNumber()) {
                throw unexpected(method, "a list of ids", result);
            }
            ids.add(id.asLong());
        }
        return List.copyOf(ids);
    }

    private List<OdooRecord> recordList(JsonNode result, String method) {
        if (!result.isArray()) {
            throw unexpected(method, "a list of records", result);
        }
        List<OdooRecord> records = new ArrayList<>(result.size());
        result.forEach(record -> records.add(OdooRecord.of(record)));
        return List.copyOf(records);
    }

    private OdooServerException unexpected(String method, String expected, JsonNode result) {
        String shown = result.toString();
        return new OdooServerException(
                "ledgerline.UnexpectedResult",
                "expected " + expected + ", Odoo answered "
                        + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown),
                name,
                method,
                0,
                null,
                false);
    }

    @Override
    public String toString() {
        return "OdooModel[" + name + (context.isEmpty() ? "" : ", " + context) + "]";
    }
}
