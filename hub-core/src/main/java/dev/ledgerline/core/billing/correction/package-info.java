/**
 * Corrections after invoicing (domain.md): a change to a record on a posted invoice gives, in the
 * next run and before new work, a credit-note line or an extra invoice line referring to the original
 * line; a change to a record on an approved, undelivered proposal sends that proposal back to
 * {@code proposed}; a record on a delivered invoice not yet posted waits for the posting.
 */
package dev.ledgerline.core.billing.correction;
