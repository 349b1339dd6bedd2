/**
 * Intercompany charges (hub-core {@code core.intercompany}) over the ledger's approved time, with the
 * transfer rates of {@code ledgerline.intercompany.*}, answered to finance as a statement per period.
 */
package dev.ledgerline.hub.intercompany;
