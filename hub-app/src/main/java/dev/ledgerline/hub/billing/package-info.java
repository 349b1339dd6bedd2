/**
 * Billing in the hub: runs ({@link dev.ledgerline.hub.billing.BillingRuns}) build each contract's
 * state from the {@link dev.ledgerline.hub.canonical.CanonicalStore} and the stored proposals, call
 * the billing engine of {@code hub-core} and store its proposals; finance approves or rejects them
 * ({@link dev.ledgerline.hub.billing.ProposalDecisions}); delivery and pull-back move them on
 * ({@link dev.ledgerline.hub.billing.ProposalStatusUpdater}); {@link
 * dev.ledgerline.hub.billing.BillingSchedule} runs contracts on their invoice day. Every status change
 * goes through {@code ProposalTransitions}. Decisions: docs/adr/0111, 0112.
 */
package dev.ledgerline.hub.billing;
