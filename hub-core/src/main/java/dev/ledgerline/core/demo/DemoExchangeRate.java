package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One {@code res.currency.rate} of an entity's Odoo company: units of {@code currency} per unit of
 * the company currency from {@code date} on. The demo loads these into its Odoo; the hub reads them
 * back from Odoo like any other rate.
 */
public record DemoExchangeRate(String entity, String currency, LocalDate date, BigDecimal rate) {

    public DemoExchangeRate {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rate, "rate");
    }
}
