package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * Odoo rejected the values: {@code odoo.exceptions.ValidationError} (JSON-2 status 422), e.g. a missing
 * required field, a constraint such as a duplicate login, or a database integrity error. {@link
 * OdooInvalidValueException} is the narrower case of a single value Odoo could not take.
 */
public sealed class OdooValidationException extends OdooException permits OdooInvalidValueException {

    private static final long serialVersionUID = 1L;

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
    public OdooValidationException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
