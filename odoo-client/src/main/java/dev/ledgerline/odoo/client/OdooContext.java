package dev.ledgerline.odoo.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The context sent with a call: language, time zone, the companies the call may see and act in, and any
 * other key a method reads (such as {@code active_model} and {@code active_ids} for wizards).
 *
 * <p>Immutable: each {@code with…} returns a new context. A client has a default context ({@link
 * OdooClient.Builder#context}); {@link OdooModel#withContext} lays another over it for some calls.
 */
public final class OdooContext {

    private static final OdooContext EMPTY = new OdooContext(Map.of());

    private final Map<String, Object> values;

    private OdooContext(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * The empty context (Odoo's defaults apply).
     *
     * @return the empty context
     */
    public static OdooContext empty() {
        return EMPTY;
    }

    /**
     * A context holding these keys.
     *
     * @param values context keys and values (converted to JSON as call values are)
     * @return the context
     */
    public static OdooContext of(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        return values.isEmpty() ? EMPTY : new OdooContext(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /**
     * The language of translated fields and messages, e.g. {@code en_US} or {@code de_DE}.
     *
     * @param lang Odoo's language code
     * @return a new context
     */
    public OdooContext withLang(String lang) {
        return with("lang", Objects.requireNonNull(lang, "lang"));
    }

    /**
     * The user's time zone, e.g. {@code Europe/Berlin}; Odoo uses it for date defaults and reports, while
     * datetimes on the wire stay UTC.
     *
     * @param tz an IANA zone id
     * @return a new context
     */
    public OdooContext withTimeZone(String tz) {
        return with("tz", Objects.requireNonNull(tz, "tz"));
    }

    /**
     * The companies the call may see and act in ({@code allowed_company_ids}); the first is the current
     * company, in which new records are created. Records of other companies are invisible, and creating
     * into another company is an {@link OdooAccessRightsException}.
     *
     * @param companyIds the company ids, current company first
     * @return a new context
     */
    public OdooContext withAllowedCompanies(long... companyIds) {
        if (companyIds.length == 0) {
            throw new IllegalArgumentException("at least one company");
        }
        List<Long> ids = new ArrayList<>();
        for (long id : companyIds) {
            ids.add(id);
        }
        return with("allowed_company_ids", List.copyOf(ids));
    }

    /**
     * The records a wizard or action works on ({@code active_model}, {@code active_ids}), e.g. the
     * invoices for {@code account.payment.register}.
     *
     * @param model the records' model, e.g. {@code account.move}
     * @param ids their ids
     * @return a new context
     */
    public OdooContext withActiveRecords(String model, Collection<Long> ids) {
        Objects.requireNonNull(model, "model");
        return with("active_model", model).with("active_ids", List.copyOf(ids));
    }

    /**
     * Any other key.
     *
     * @param key the context key
     * @param value its value ({@code null} is sent as JSON {@code null})
     * @return a new context
     */
    public OdooContext with(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new OdooContext(Collections.unmodifiableMap(copy));
    }

    /**
     * This context with another laid over it: keys of {@code overrides} win.
     *
     * @param overrides the context whose keys take precedence
     * @return the merged context
     */
    public OdooContext merge(OdooContext overrides) {
        if (overrides.values.isEmpty()) {
            return this;
        }
        if (values.isEmpty()) {
            return overrides;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(overrides.values);
        return new OdooContext(Collections.unmodifiableMap(copy));
    }

    /**
     * A key's value.
     *
     * @param key the context key
     * @return its value, or empty when the key is absent or {@code null}
     */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Whether the context has no key.
     *
     * @return {@code true} for the empty context
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * The keys and values, in the order they were set.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OdooContext context && values.equals(context.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "OdooContext" + values;
    }
}
