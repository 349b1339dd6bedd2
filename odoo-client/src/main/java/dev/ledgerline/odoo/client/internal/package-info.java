/**
 * Transports and wire details of the Odoo client: HTTP pooling, JSON-RPC and JSON-2 framing, error
 * decoding, value encoding. Not part of the API; it may change without notice.
 */
package dev.ledgerline.odoo.client.internal;
