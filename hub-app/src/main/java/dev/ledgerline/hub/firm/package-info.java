/**
 * The firm's configuration as the domain rules read it: legal entities (currency, time zone,
 * calendars, period locks, revenue and lock policies), the firm rate card and the tax rules, from
 * {@code ledgerline.firm.*}; exchange rates as pulled from each entity's Odoo company.
 */
package dev.ledgerline.hub.firm;
