package dev.ledgerline.odoo.compat.differential;

/** The two servers compared: the sandbox is held to the real Odoo. */
enum Side {
    SANDBOX,
    REAL
}
