package dev.ledgerline.hub.ledger;

import java.util.Objects;

/**
 * Who made a transition and why, kept in the transition history: an actor ({@code ingest:<token
 * name>}, {@code dispatcher:<instance>}, {@code operator:<name>}), a reason, Odoo's error name and
 * message when Odoo caused it, and the delivery attempt.
 */
public record Cause(String actor, String reason, String errorName, String errorMessage, Integer attempt) {

    public Cause {
        Objects.requireNonNull(actor, "actor");
    }

    public static Cause of(String actor, String reason) {
        return new Cause(actor, reason, null, null, null);
    }
}
