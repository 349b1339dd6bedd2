/**
 * Groups the lines of a run into proposals ({@code invoiceGrouping}), dates them outside locked
 * periods, orders them as domain.md says, estimates tax from the tax mapping and totals them.
 */
package dev.ledgerline.core.billing.assembly;
