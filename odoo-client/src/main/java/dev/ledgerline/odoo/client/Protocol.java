package dev.ledgerline.odoo.client;

/** How the client talks to Odoo. Both protocols give the same results and the same typed errors. */
public enum Protocol {
    /**
     * Chosen at {@link OdooClient#connect()}: {@link #JSON_2} on Odoo 19 or later when the client has
     * an API key, {@link #JSON_RPC} otherwise.
     */
    AUTO,
    /**
     * {@code POST /jsonrpc} with {@code object.execute_kw}, authenticated by login and password (or API
     * key) on each call. Odoo 8 to 21; deprecated from Odoo 19.
     */
    JSON_RPC,
    /**
     * {@code POST /json/2/<model>/<method>} with {@code Authorization: bearer <api key>}; Odoo 19 and
     * later. Each call is its own transaction.
     */
    JSON_2
}
