/**
 * The firm's configuration the domain rules read: entities (currency, time zone, calendars, period
 * locks, revenue and lock policies), firm rate cards, tax rules and exchange rates. Configured in the
 * hub's admin API; here they are plain records handed to the rules.
 */
package dev.ledgerline.core.firm;
