/**
 * Time and materials: one line per billed entry (or per employee × role × unit price in the
 * summarized layout) and the not-to-exceed cap.
 */
package dev.ledgerline.core.billing.tm;
