package dev.ledgerline.hub.billing;

import java.time.Instant;

/** Who approved or rejected a proposal, when, and (for a rejection) why. */
public record Decision(String actor, Instant at, String reason) {}
