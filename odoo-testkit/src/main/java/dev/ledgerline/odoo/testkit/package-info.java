/** odoo-testkit. */
package dev.ledgerline.odoo.testkit;
