/**
 * A typed client for Odoo's external API, Odoo 16 to 19, over JSON-RPC or JSON-2.
 *
 * <p>Start with {@link dev.ledgerline.odoo.client.OdooClient#builder()}; make calls through {@link
 * dev.ledgerline.odoo.client.OdooModel}; build conditions with {@link dev.ledgerline.odoo.client.Domain}
 * and x2many values with {@link dev.ledgerline.odoo.client.Command}; read results through {@link
 * dev.ledgerline.odoo.client.OdooRecord}. Every failure is a subclass of {@link
 * dev.ledgerline.odoo.client.OdooException}. Version differences are answered by {@link
 * dev.ledgerline.odoo.client.OdooDialect}.
 *
 * <p>The sub-package {@code internal} holds the transports and is not part of the API.
 */
package dev.ledgerline.odoo.client;
