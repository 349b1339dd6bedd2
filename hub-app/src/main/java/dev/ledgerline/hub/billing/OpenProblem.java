package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.canonical.RecordKey;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something the latest computation of a contract could not bill ({@code NO_RATE}, {@code
 * NO_TAX_MAPPING}…), for the exceptions view: the contract, the run that found it, the proposal it
 * concerns when one carries it, and the record ({@code source:type:externalId}) when it is about one.
 */
public record OpenProblem(
        ProblemCode code,
        RecordKey contract,
        LocalDate runDate,
        String runId,
        String proposalId,
        String ref,
        String message,
        Instant raisedAt) {}
