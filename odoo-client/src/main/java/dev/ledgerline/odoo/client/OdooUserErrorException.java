package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * Odoo refused the operation by a business rule: {@code odoo.exceptions.UserError} (JSON-2 status 422),
 * e.g. deleting or editing a posted invoice, posting an invoice twice, or a company without a sales
 * journal.
 */
public final class OdooUserErrorException extends OdooException {

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
    public OdooUserErrorException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
