package dev.ledgerline.odoo.client;

/**
 * Odoo could not be reached or did not answer: connection refused or reset, no answer within the
 * request timeout, no free connection, or a proxy's HTTP 502/503/504 (and 429). Always retryable.
 *
 * <p>{@link #outcomeUnknown()} says whether the call may nevertheless have been carried out: a request
 * that timed out or whose connection broke after it was sent may have created the record. Callers
 * sending non-idempotent calls (such as {@code create}) must look before sending again; the client
 * never retries on its own.
 */
public final class OdooTransportException extends OdooException {

    private static final long serialVersionUID = 1L;

    /** Whether the call may have been carried out. */
    private final boolean outcomeUnknown;

    /**
     * Creates the error.
     *
     * @param errorName the Java exception's class name, or {@code http.<status>} for an HTTP status
     * @param message what happened (never contains a secret)
     * @param model the model called, or {@code null}
     * @param method the method called
     * @param httpStatus the HTTP status, or {@code 0}
     * @param outcomeUnknown whether the request may have reached Odoo and been carried out
     * @param cause the underlying exception, or {@code null}
     */
    public OdooTransportException(
            String errorName,
            String message,
            String model,
            String method,
            int httpStatus,
            boolean outcomeUnknown,
            Throwable cause) {
        super(errorName, message, model, method, httpStatus, null, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * Whether Odoo may have carried out the call although no answer arrived.
     *
     * @return {@code false} only when the request certainly did not reach Odoo (connection refused,
     *     connect timeout, HTTP 503/429, no free connection)
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
