/**
 * Subscriptions: an amount per calendar month, quarter or year, invoiced in advance; a mid-period
 * start invoices the remaining days, a cancellation inside an invoiced period is credited for the
 * unused days.
 */
package dev.ledgerline.core.billing.subscription;
