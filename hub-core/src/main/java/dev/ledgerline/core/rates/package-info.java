/**
 * Rates of time entries: the rate by precedence of domain.md (contract employee rate, contract rate
 * card for the entry's then the employee's role, firm rate card for the entry's then the employee's
 * role), the standard rate beside it, and the employee's history of roles. Used by billing, WIP,
 * realization and every report that values time.
 */
package dev.ledgerline.core.rates;
