/** odoo-sandbox. */
package dev.ledgerline.odoo.sandbox;
