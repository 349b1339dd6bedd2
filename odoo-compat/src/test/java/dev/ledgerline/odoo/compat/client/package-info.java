/**
 * The client's calls written once ({@code *Contract}) and run against the sandbox in version 18 over
 * JSON-RPC, in version 19 over JSON-2, and a real Odoo with the password and with the API key.
 */
package dev.ledgerline.odoo.compat.client;
