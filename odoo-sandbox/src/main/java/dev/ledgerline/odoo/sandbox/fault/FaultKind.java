package dev.ledgerline.odoo.sandbox.fault;

/** What an injected fault does to one call. */
public enum FaultKind {
    /** Waits {@link FaultRule#latency()} before handling the call normally. */
    LATENCY,
    /** Answers HTTP 500 without running the call. */
    HTTP_500,
    /** Answers HTTP 502 (a proxy's bad gateway) without running the call. */
    HTTP_502,
    /** Answers HTTP 503 (unavailable) without running the call. */
    HTTP_503,
    /** Drops the connection (TCP reset) before the call runs: nothing was applied. */
    RESET_BEFORE_COMMIT,
    /** Runs and commits the call, then drops the connection: applied, but the answer is lost. */
    RESET_AFTER_COMMIT,
    /** Odoo's retryable concurrency error: JSON-RPC {@code psycopg2.errors.SerializationFailure}, JSON-2 409. */
    SERIALIZATION_FAILURE,
    /** HTTP 429 with a {@code Retry-After} header, without running the call. */
    RATE_LIMIT;

    /** Whether the call still runs (and commits) when this fault fires. */
    public boolean runsCall() {
        return this == LATENCY || this == RESET_AFTER_COMMIT;
    }
}
