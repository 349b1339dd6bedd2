package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * Odoo could not take a value or an argument of the call: a date the database rejects ({@code
 * psycopg2.errors.InvalidDatetimeFormat}, {@code DatetimeFieldOverflow}), text where a number belongs
 * ({@code InvalidTextRepresentation}), a value out of range, a selection value that does not exist or
 * an invalid domain ({@code builtins.ValueError}), or arguments the method does not accept ({@code
 * builtins.TypeError}, JSON-2 {@code UnprocessableEntity}). A data error: the record must be fixed,
 * sending it again will fail again.
 */
public final class OdooInvalidValueException extends OdooValidationException {

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
    public OdooInvalidValueException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext);
    }
}
