package dev.ledgerline.odoo.client;

import tools.jackson.databind.JsonNode;

/**
 * The method does not exist on the model (another Odoo version, an app not installed, or a typo): {@code
 * builtins.AttributeError} "The method 'x' does not exist on the model 'y'" over JSON-RPC, status 404
 * over JSON-2. Recognised by that message, as Odoo gives no other signal: an {@code AttributeError}
 * with another message is a bug inside the server and maps to {@link OdooServerException}.
 */
public final class OdooUnknownMethodException extends OdooException {

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
    public OdooUnknownMethodException(
            String errorName, String odooMessage, String model, String method, int httpStatus, JsonNode errorContext) {
        super(errorName, odooMessage, model, method, httpStatus, errorContext, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
