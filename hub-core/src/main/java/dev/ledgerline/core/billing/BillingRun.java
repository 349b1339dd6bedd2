package dev.ledgerline.core.billing;

import dev.ledgerline.core.billing.assembly.ContractDrafts;
import dev.ledgerline.core.billing.assembly.ProposalAssembler;
import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.fixedfee.MilestoneLines;
import dev.ledgerline.core.billing.retainer.RetainerLines;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.billing.subscription.SubscriptionLines;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A billing run (domain.md "Billing runs and invoice lines"): for each contract, what the ledger held
 * when the run started, dated on or before the run date, and not on an approved, delivered or posted
 * proposal, becomes invoice and credit-note proposals under the contract's billing model.
 * Corrections of posted work come first; expenses and vendor bills are billed under every model.
 *
 * <p>The run is a pure function: the same request gives the same proposals, ids included; run again
 * after its proposals are approved it bills nothing new.
 */
public final class BillingRun {

    private final BillingSetup setup;
    private final ProposalAssembler assembler;

    public BillingRun(BillingSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.assembler = new ProposalAssembler(setup);
    }

    public RunResult run(RunRequest request) {
        List<ContractDrafts> drafts = new ArrayList<>();
        for (ContractState state : request.contracts()) {
            Optional<RunContext> ctx = RunContext.of(state, request.runDate(), request.startedAt(), setup);
            ctx.ifPresent(c -> drafts.add(new ContractDrafts(c, bill(c))));
        }
        List<InvoiceProposal> proposals = assembler.assemble(request.runDate(), drafts);
        List<Exclusion> excluded = new ArrayList<>();
        List<BillingProblem> problems = new ArrayList<>();
        List<ProposalAction> actions = new ArrayList<>();
        for (ContractDrafts d : drafts) {
            excluded.addAll(d.drafts().excluded());
            problems.addAll(d.drafts().problems());
            actions.addAll(d.drafts().actions());
        }
        proposals.forEach(p -> problems.addAll(p.problems()));
        return new RunResult(request.runDate(), proposals, excluded, problems, actions);
    }

    private static BillingDrafts bill(RunContext ctx) {
        BillingDrafts out = new BillingDrafts(ctx.contractRef());
        try {
            switch (BillingTerms.of(ctx.contract())) {
                case BillingTerms.TimeAndMaterials tm -> TimeAndMaterialsBilling.bill(ctx, out);
                case BillingTerms.FixedFee ff -> {
                    MilestoneLines.bill(ctx, out);
                    PassThroughBilling.bill(ctx, out);
                }
                case BillingTerms.Retainer r -> {
                    RetainerLines.bill(ctx, out);
                    PassThroughBilling.bill(ctx, out);
                }
                case BillingTerms.Subscription s -> {
                    SubscriptionLines.bill(ctx, out);
                    PassThroughBilling.bill(ctx, out);
                }
            }
        } catch (MissingExchangeRateException e) {
            BillingDrafts failed = new BillingDrafts(ctx.contractRef());
            failed.problem(ProblemCode.NO_EXCHANGE_RATE, ctx.contractKey().toString(), e.getMessage());
            return failed;
        }
        return out;
    }
}
