package dev.ledgerline.hub.billing;

import java.time.LocalDate;
import java.util.List;

/** What a run answers: its id, its run date, and the proposals of that date of its contracts that are not rejected. */
public record RunOutcome(String runId, LocalDate runDate, List<StoredProposal> proposals) {

    public RunOutcome {
        proposals = List.copyOf(proposals);
    }
}
