/**
 * The delivery machinery every flow shares. A flow is one {@link dev.ledgerline.hub.sync.Mapping}
 * bean in {@code hub.sync.<type>}; {@link dev.ledgerline.hub.sync.Sync} delivers a batch of ledger
 * records to a target: parents first, search by the hub's reference before creating, batch creates,
 * changed fields only, bindings stored.
 */
package dev.ledgerline.hub.sync;
