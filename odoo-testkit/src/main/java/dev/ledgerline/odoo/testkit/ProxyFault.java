package dev.ledgerline.odoo.testkit;

/**
 * What a {@link FaultProxy} does to a call a {@link ProxyRule} matches: the disturbances a network or a
 * load balancer in front of Odoo causes. None of them invents an answer of Odoo's own.
 */
public enum ProxyFault {
    /** Answers HTTP 503 (a load balancer with no server behind it); Odoo never sees the call. */
    UNAVAILABLE,
    /** Waits {@link ProxyRule#delay()}, then forwards the call and its answer normally. */
    DELAY,
    /** Resets the connection (TCP RST) before forwarding: Odoo never sees the call. */
    RESET_BEFORE_FORWARD,
    /**
     * Forwards the call, waits for Odoo's whole answer (so Odoo has committed), then resets the
     * connection instead of passing the answer on: the call took effect, the caller cannot know.
     */
    DROP_ANSWER;

    /** Whether Odoo runs the call when this fault fires. */
    public boolean forwards() {
        return this == DELAY || this == DROP_ANSWER;
    }
}
