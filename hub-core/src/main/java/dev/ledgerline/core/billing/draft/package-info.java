/**
 * Lines as the billing models produce them, before they are grouped into proposals: kind, amounts,
 * sources, the document they go to, how they sort, and their content-derived id.
 */
package dev.ledgerline.core.billing.draft;
