/**
 * Retainers: the monthly amount invoiced in advance, a balance in hours or money drawn FIFO by
 * entries, rollover with caps, breakage, and overage billed after the month end. {@link
 * dev.ledgerline.core.billing.retainer.RetainerBalance} is the one simulation billing and revenue
 * recognition both read.
 */
package dev.ledgerline.core.billing.retainer;
