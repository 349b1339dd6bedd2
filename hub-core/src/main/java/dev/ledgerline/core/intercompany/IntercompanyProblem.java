package dev.ledgerline.core.intercompany;

import dev.ledgerline.core.canonical.RecordKey;

/**
 * An approved entry that crosses entities but cannot be charged: {@code NO_TRANSFER_RATE} (no rate
 * configured for the two entities and the role on the date: a policy gap, never guessed),
 * {@code NO_STANDARD_COST} (a cost-plus rate and an employee without a standard hourly cost), {@code
 * UNKNOWN_ENTITY} (the employee's or the project's entity is not known).
 */
public record IntercompanyProblem(RecordKey entry, String code, String message) {}
