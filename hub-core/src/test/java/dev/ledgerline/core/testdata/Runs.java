package dev.ledgerline.core.testdata;

import dev.ledgerline.core.billing.BillingRun;
import dev.ledgerline.core.billing.BillingSetup;
import dev.ledgerline.core.billing.ContractState;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.ProposalKind;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.billing.RunRequest;
import dev.ledgerline.core.billing.RunResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Runs the engine the way the hub does, and reads its answer. */
public final class Runs {

    private Runs() {}

    /** A run on {@code runDate} started at 23:00 UTC that day. */
    public static RunResult run(BillingSetup setup, String runDate, ContractState... states) {
        return run(setup, runDate, Instant.parse(runDate + "T23:00:00Z"), states);
    }

    public static RunResult run(BillingSetup setup, String runDate, Instant startedAt, ContractState... states) {
        return new BillingRun(setup).run(new RunRequest(LocalDate.parse(runDate), startedAt, List.of(states)));
    }

    public static InvoiceProposal only(RunResult result, ProposalKind kind) {
        List<InvoiceProposal> found =
                result.proposals().stream().filter(p -> p.kind() == kind).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " but got " + found.size() + ": " + result.proposals());
        }
        return found.getFirst();
    }

    public static InvoiceProposal invoice(RunResult result) {
        return only(result, ProposalKind.INVOICE);
    }

    public static InvoiceProposal creditNote(RunResult result) {
        return only(result, ProposalKind.CREDIT_NOTE);
    }

    public static List<ProposalLine> lines(InvoiceProposal p, LineKind kind) {
        return p.lines().stream().filter(l -> l.kind() == kind).toList();
    }

    /** The proposals of a run as finance would hold them after approving (or posting) them all. */
    public static List<InvoiceProposal> marked(RunResult result, ProposalStatus status) {
        return result.proposals().stream().map(p -> p.withStatus(status)).toList();
    }
}
