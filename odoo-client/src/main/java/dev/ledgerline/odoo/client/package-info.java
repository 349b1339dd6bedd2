/** odoo-client. */
package dev.ledgerline.odoo.client;
