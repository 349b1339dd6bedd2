package dev.ledgerline.core.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run proposes: invoice and credit-note proposals (status {@code proposed}), every record it
 * left out with its reason, the problems that keep something from being billed, and the actions the
 * hub must take on earlier proposals.
 */
public record RunResult(
        LocalDate runDate,
        List<InvoiceProposal> proposals,
        List<Exclusion> excluded,
        List<BillingProblem> problems,
        List<ProposalAction> actions) {

    public RunResult {
        proposals = List.copyOf(proposals);
        excluded = List.copyOf(excluded);
        problems = List.copyOf(problems);
        actions = List.copyOf(actions);
    }
}
