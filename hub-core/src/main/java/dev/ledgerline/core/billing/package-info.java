/**
 * The billing engine: from the canonical state of contracts (terms and amendments, entries,
 * expenses, vendor bills, milestone acceptances, earlier proposals and their status) and a run date
 * to invoice and credit-note proposals, under every billing model of domain.md.
 *
 * <p>Entry points: {@link dev.ledgerline.core.billing.BillingRun} (a run) and
 * {@link dev.ledgerline.core.billing.FinanceAdjustment} (finance's write-downs and write-ups at
 * approval). Both are pure functions of their inputs: the same input gives the same proposals, with
 * line and proposal ids derived from content.
 */
package dev.ledgerline.core.billing;
