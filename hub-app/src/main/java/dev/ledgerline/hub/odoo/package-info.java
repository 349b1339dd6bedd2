/**
 * The Odoo targets the hub delivers to: {@link dev.ledgerline.hub.odoo.Targets} builds one {@link
 * dev.ledgerline.hub.odoo.Target} (client, circuit breaker, bulkhead, rate limiter) per configured
 * {@code ledgerline.targets.<name>} and routes a record's legal entity to its target.
 */
package dev.ledgerline.hub.odoo;
