package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * A record the call names does not exist or was deleted: {@code odoo.exceptions.MissingError} (JSON-2 status
 * 404), e.g. {@code write} or {@code unlink} of a missing id, or a many2one value pointing at a missing
 * record. Note that {@code read} of a missing id is not an error: Odoo leaves it out of the result.
 */
public final class OdooMissingRecordException extends OdooException {

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
    public OdooMissingRecordException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
