/**
 * Revenue recognition per billing model (domain.md), for the reports: time and materials as billed
 * and as performed (accrued and deferred revenue), fixed fee by cost-to-cost percent complete
 * (contract asset and liability, {@code ESTIMATE_EXCEEDED}, expected loss), retainer drawdown,
 * breakage and overage with deferred revenue, and subscriptions pro rata by day.
 */
package dev.ledgerline.core.recognition;
