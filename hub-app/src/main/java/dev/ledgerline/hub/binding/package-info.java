/**
 * Bindings between ledger records and Odoo records per target, the {@link
 * dev.ledgerline.hub.binding.ExternalReference} the hub writes on each Odoo record, and the rebuild of
 * bindings from those references.
 */
package dev.ledgerline.hub.binding;
