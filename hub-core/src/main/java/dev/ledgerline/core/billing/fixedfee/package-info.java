/** Fixed fee: milestones invoiced by the first run on or after their acceptance. */
package dev.ledgerline.core.billing.fixedfee;
