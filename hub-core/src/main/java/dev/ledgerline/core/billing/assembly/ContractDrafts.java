package dev.ledgerline.core.billing.assembly;

import dev.ledgerline.core.billing.draft.BillingDrafts;
import dev.ledgerline.core.billing.state.RunContext;

/** The drafts of one contract with the context that produced them. */
public record ContractDrafts(RunContext context, BillingDrafts drafts) {}
