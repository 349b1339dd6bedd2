/**
 * What a run starts from: the versions the ledger held when the run started ({@link
 * dev.ledgerline.core.billing.state.LedgerView}) and what earlier approved, delivered and posted
 * proposals already billed ({@link dev.ledgerline.core.billing.state.BillingHistory}).
 */
package dev.ledgerline.core.billing.state;
