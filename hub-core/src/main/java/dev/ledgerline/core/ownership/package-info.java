/**
 * System-of-record ownership: every field of a record type has exactly one owner system (a source id,
 * or Odoo). {@link dev.ledgerline.core.ownership.OwnershipRules} holds the owners (the architecture's
 * defaults, overridden per type and per field); {@link dev.ledgerline.core.ownership.OwnershipPolicy}
 * compares a stored version with an incoming one and answers an {@link
 * dev.ledgerline.core.ownership.OwnershipVerdict}: apply as sent, refuse the item, or apply it with
 * the foreign fields kept at their stored values.
 */
package dev.ledgerline.core.ownership;
