package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * The call lost a race with another transaction and was rolled back: {@code
 * psycopg2.errors.SerializationFailure}, {@code LockNotAvailable}, {@code DeadlockDetected} (after
 * Odoo's own retries) or JSON-2 status 409. Nothing was written; sending the same call again later is
 * safe.
 */
public final class OdooConcurrencyException extends OdooException {

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
    public OdooConcurrencyException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
