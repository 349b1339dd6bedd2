/**
 * Billability of time entries (domain.md "Classification of entries"): billable, or exactly one
 * reason ({@code REJECTED}, {@code NOT_APPROVED}, {@code PROJECT_NOT_BILLABLE}, {@code PROJECT_CLOSED},
 * {@code OUTSIDE_CONTRACT_PERIOD}), or waiting for a rate ({@code NO_RATE}); with the entry's billable
 * hours, contract value and standard value. Billing, WIP, realization and cost all read it.
 */
package dev.ledgerline.core.billability;
