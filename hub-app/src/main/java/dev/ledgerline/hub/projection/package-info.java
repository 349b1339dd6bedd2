/**
 * Report facts kept from the ledger: the hub-core rules applied to each changed record inside the
 * ingest batch's transaction ({@link dev.ledgerline.hub.projection.FactDeriver}), and a rebuild when
 * what they were derived with changes ({@link dev.ledgerline.hub.projection.FactRebuild}).
 * docs/adr/0207.
 */
package dev.ledgerline.hub.projection;
