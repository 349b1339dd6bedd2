package dev.ledgerline.odoo.client;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The call names a field the model does not have (in values, a field list, a domain or an order):
 * {@code builtins.ValueError} "Invalid field 'x' on model 'y'". Odoo gives no other signal than that
 * message, so the client recognises it by its start, "Invalid field". Usually a mapping written for
 * another Odoo version or an app that is not installed; see {@link OdooDialect}.
 */
public final class OdooUnknownFieldException extends OdooException {

    private static final long serialVersionUID = 1L;
    private static final Pattern QUOTED = Pattern.compile("Invalid field '([^']+)'");
    private static final Pattern DOTTED = Pattern.compile("Invalid field [\\w.]+\\.(\\w+) in leaf");

    /**
     * Creates the error; see {@link OdooException} for the parameters.
     *
     * @param errorName Odoo's exception name
     * @param odooMessage Odoo's message
     * @param model the model called, or {@code null}
     * @param method the method called
     * @param httpStatus the HTTP status, or {@code 0}
     * @param errorContext Odoo's error context, or {@code null}
     */
    public OdooUnknownFieldException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    /**
     * The unknown field's name, when Odoo's message names it.
     *
     * @return the field name, or empty
     */
    public Optional<String> field() {
        for (Pattern pattern : new Pattern[] {QUOTED, DOTTED}) {
            Matcher matcher = pattern.matcher(odooMessage());
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
