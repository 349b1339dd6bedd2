package dev.ledgerline.hub.firm;

import java.time.LocalDate;

/**
 * Published inside the transaction that stored exchange rates of an entity's company: amounts
 * converted at dates from {@code earliest} on may have changed.
 */
public record ExchangeRatesStored(String entity, LocalDate earliest) {}
