/** Compatibility suite. */
package dev.ledgerline.odoo.compat;
