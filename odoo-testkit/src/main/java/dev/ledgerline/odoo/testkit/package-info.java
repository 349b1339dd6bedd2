/**
 * A real Odoo server for any module's tests: {@link dev.ledgerline.odoo.testkit.RealOdoo} on a test
 * class hands it an {@link dev.ledgerline.odoo.testkit.OdooServer}. The server is the one named by
 * {@code ODOO_URL}/{@code ODOO_DB}/{@code ODOO_USER}/{@code ODOO_API_KEY} (or {@code ODOO_PASSWORD})
 * when they are set, else a local Odoo 18 started once per build by {@code ../shared/odoo/run-odoo}.
 */
package dev.ledgerline.odoo.testkit;
