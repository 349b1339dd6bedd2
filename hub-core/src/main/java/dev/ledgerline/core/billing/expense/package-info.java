/**
 * Expenses and vendor bills: one line at cost in contract currency (converted at the rate of the
 * record's date), a separate markup line, and the monthly cap on billable expenses.
 */
package dev.ledgerline.core.billing.expense;
