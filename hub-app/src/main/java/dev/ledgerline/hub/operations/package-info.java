/**
 * What operators do and see: open exceptions with their causes, replay (one or by filter), discard,
 * corrected payloads (with a second operator's approval when four eyes are configured), a record with
 * its Odoo binding, and the rebuild of bindings from Odoo. Every action is audited with who and why.
 */
package dev.ledgerline.hub.operations;
