package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * The model does not exist in this database (its app is not installed, or it has another name in this
 * Odoo version). JSON-RPC reports it as {@code odoo.exceptions.UserError} "Object x doesn't exist"
 * (recognised by that message for the model called, as Odoo gives no other signal), or {@code
 * builtins.KeyError} naming the model; JSON-2 as status 404 "the model 'x' does not exist".
 */
public final class OdooUnknownModelException extends OdooException {

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
    public OdooUnknownModelException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
