package dev.ledgerline.core.demo;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A legal entity of the demo firm as its Odoo company is set up: the entity id the records name,
 * the company's name, address, VAT number, currency and time zone.
 */
public record DemoCompany(
        String entity,
        String name,
        String street,
        String city,
        String zip,
        String country,
        String vatNumber,
        String currency,
        ZoneId timeZone) {

    public DemoCompany {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
