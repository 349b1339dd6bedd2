package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * The user may not do this: {@code odoo.exceptions.AccessError} (JSON-2 status 403), e.g. no create right on
 * {@code account.move}, a field restricted to a group, or a record of a company that is not in {@code
 * allowed_company_ids}. For a company problem Odoo names the company to switch to in {@link
 * #errorContext()} ({@code suggested_company}).
 */
public final class OdooAccessRightsException extends OdooException {

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
    public OdooAccessRightsException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
