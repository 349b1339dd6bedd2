package dev.ledgerline.odoo.client;

import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Root of every error the client throws for a call to Odoo.
 *
 * <p>Each subclass stands for one meaning, whichever protocol carried the call: JSON-RPC's error
 * {@code data.name} and JSON-2's HTTP status and body map to the same subclass. Decide what to do by
 * type (an exhaustive {@code switch} over this sealed hierarchy works) or by {@link #isRetryable()},
 * never by {@link #getMessage()}: Odoo translates and rewords its messages between versions.
 *
 * <p>Messages never contain the password or API key the client was built with.
 */
public abstract sealed class OdooException extends RuntimeException
        permits OdooAccessDeniedException,
                OdooAccessRightsException,
                OdooMissingRecordException,
                OdooUserErrorException,
                OdooValidationException,
                OdooConcurrencyException,
                OdooUnknownFieldException,
                OdooUnknownModelException,
                OdooUnknownMethodException,
                OdooTransportException,
                OdooServerException {

    private static final long serialVersionUID = 1L;

    /** Odoo's exception name. */
    private final String errorName;
    /** Odoo's message, secrets removed. */
    private final String odooMessage;
    /** The model called, or null for a service call. */
    private final String model;
    /** The method called. */
    private final String method;
    /** The HTTP status, 0 when none mattered. */
    private final int httpStatus;
    /** Odoo's error context; not serialised. */
    private final transient JsonNode errorContext;

    /**
     * Creates an error; the client builds these, the constructor is open for test doubles.
     *
     * @param errorName Odoo's exception name, e.g. {@code odoo.exceptions.UserError}, or the Java
     *     exception's class name for transport failures
     * @param odooMessage the message Odoo (or the transport) gave
     * @param model the model called, or {@code null} for a service call such as {@code
     *     common.authenticate}
     * @param method the method called
     * @param httpStatus the HTTP status of the answer, or {@code 0} when there was none that mattered
     * @param errorContext the {@code context} object of Odoo's error, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    protected OdooException(
            String errorName,
            String odooMessage,
            String model,
            String method,
            int httpStatus,
            JsonNode errorContext,
            Throwable cause) {
        super(compose(errorName, odooMessage, model, method, httpStatus), cause);
        this.errorName = errorName == null ? "" : errorName;
        this.odooMessage = odooMessage == null ? "" : odooMessage;
        this.model = model;
        this.method = method;
        this.httpStatus = httpStatus;
        this.errorContext = errorContext == null ? JsonNodeFactory.instance.objectNode() : errorContext;
    }

    private static String compose(String errorName, String message, String model, String method, int httpStatus) {
        StringBuilder text = new StringBuilder();
        if (model != null) {
            text.append(model).append('.');
        }
        text.append(method).append(": ").append(message == null ? "" : message);
        text.append(" (").append(errorName);
        if (httpStatus > 0) {
            text.append(", HTTP ").append(httpStatus);
        }
        return text.append(')').toString();
    }

    /**
     * Odoo's exception name as it sent it, e.g. {@code odoo.exceptions.ValidationError} or {@code
     * psycopg2.errors.SerializationFailure}; for transport failures the Java exception's class name.
     *
     * @return the error name, never {@code null}
     */
    public String errorName() {
        return errorName;
    }

    /**
     * The message as Odoo sent it (with any secret removed), without the model, method and name that
     * {@link #getMessage()} adds.
     *
     * @return the message, never {@code null}
     */
    public String odooMessage() {
        return odooMessage;
    }

    /**
     * The model the failed call was made on.
     *
     * @return the model, or {@code null} for a service call ({@code common.version}, {@code
     *     common.authenticate})
     */
    public String model() {
        return model;
    }

    /**
     * The method called, e.g. {@code create}, {@code action_post} or {@code common.authenticate}.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * The HTTP status of Odoo's answer when it carried the meaning (JSON-2 errors, 502/503/504, 400).
     * JSON-RPC errors arrive as HTTP 200 and report no status here.
     *
     * @return the status, or empty
     */
    public OptionalInt httpStatus() {
        return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
    }

    /**
     * The {@code context} object Odoo attached to the error, e.g. {@code suggested_company} on a
     * multi-company {@code AccessError}; an empty object when there was none.
     *
     * @return the error context, never {@code null}
     */
    public JsonNode errorContext() {
        return errorContext == null ? JsonNodeFactory.instance.objectNode() : errorContext.deepCopy();
    }

    /**
     * Whether the same call may succeed if sent again later, unchanged. The client itself never
     * retries; the caller decides (and must know whether the call is idempotent).
     *
     * @return {@code true} for concurrency conflicts, transport failures and database outages
     */
    public abstract boolean isRetryable();
}
