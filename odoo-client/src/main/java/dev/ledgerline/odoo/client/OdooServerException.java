package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * Anything else Odoo answered with: an unexpected exception inside the server (JSON-2 status 500), a
 * malformed request (HTTP 400), an answer that is not Odoo's JSON, or a missing endpoint (e.g. JSON-2
 * forced on an Odoo before 19). Not retryable, except when Odoo lost its database connection ({@code
 * psycopg2.OperationalError}, {@code psycopg2.InterfaceError}), which usually passes.
 */
public final class OdooServerException extends OdooException {

    private static final long serialVersionUID = 1L;

    /** Whether the failure is likely to pass. */
    private final boolean retryable;

    /**
     * Creates the error; see {@link OdooException} for the parameters.
     *
     * @param errorName Odoo's exception name
     * @param odooMessage Odoo's message
     * @param model the model called, or {@code null}
     * @param method the method called
     * @param httpStatus the HTTP status, or {@code 0}
     * @param errorContext Odoo's error context, or {@code null}
     * @param retryable whether the failure is likely to pass
     */
    public OdooServerException(
            String errorName,
            String odooMessage,
            String model,
            String method,
            int httpStatus,
            JsonNode errorContext,
            boolean retryable) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
        this.retryable = retryable;
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
