package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * Odoo did not accept the credentials: a wrong login, password or API key ({@code common.authenticate}
 * answered {@code false}, {@code odoo.exceptions.AccessDenied}, JSON-2 status 401), an expired session
 * (JSON-RPC code 100), a user that no longer exists, or a database that does not exist. A
 * configuration problem: retrying will not help until someone fixes the credentials.
 */
public final class OdooAccessDeniedException extends OdooException {

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
    public OdooAccessDeniedException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
