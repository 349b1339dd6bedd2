package dev.ledgerline.core.metrics;

/**
 * Provisional figures use the hub's operational data (approved entries, standard cost, approved
 * proposals); final figures use posted Odoo documents and payroll actuals.
 */
public enum Basis {
    PROVISIONAL,
    FINAL
}
