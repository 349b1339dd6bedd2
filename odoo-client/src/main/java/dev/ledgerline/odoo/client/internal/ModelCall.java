package dev.ledgerline.odoo.client.internal;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call of a model method, in the form both protocols share: the records it runs on, its named
 * arguments and its context. JSON-RPC sends it as {@code execute_kw(model, method, [ids, …], kwargs)},
 * JSON-2 as {@code POST /json/2/model/method {ids, context, …kwargs}}.
 *
 * @param model the model, e.g. {@code res.partner}
 * @param method the method, e.g. {@code search_read}
 * @param ids the records for a record method, {@code null} for a model method ({@code create}, {@code
 *     search_read}, …)
 * @param kwargs the named arguments, already JSON
 * @param context the context, already JSON (may be empty)
 */
public record ModelCall(String model, String method, List<Long> ids, ObjectNode kwargs, ObjectNode context) {

    private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");
    private static final Pattern METHOD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** Checks names (they become part of a URL path in JSON-2) and copies the ids. */
    public ModelCall {
        if (model == null || !MODEL.matcher(model).matches()) {
            throw new IllegalArgumentException("not a model name: " + model);
        }
        if (method == null || !METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException(
                    "not a public method name: " + method + " (Odoo refuses methods starting with '_')");
        }
        ids = ids == null ? null : List.copyOf(ids);
        Objects.requireNonNull(kwargs, "kwargs");
        Objects.requireNonNull(context, "context");
    }
}
