package dev.ledgerline.core.demo;

import dev.ledgerline.core.firm.TaxRule;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tax the demo firm's contracts name by code, before it is mapped to an Odoo tax: the hub creates
 * or finds the tax in the entity's company ({@code name}, {@code rate}) and then makes the
 * {@link TaxRule} with its id. {@code serviceType} and {@code country} narrow the rule as in
 * contract.md; {@code rate} is a fraction ({@code 0.19} for 19 %).
 */
public record DemoTax(String entity, String taxCode, String serviceType, String country, BigDecimal rate, String name) {

    public DemoTax {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(name, "name");
    }

    /** The rule once the tax's Odoo id is known. */
    public TaxRule toTaxRule(long odooTaxId) {
        return new TaxRule(entity, taxCode, serviceType, country, odooTaxId, rate);
    }

    /** The rate as Odoo's {@code amount} field holds it: a percentage ({@code 19.0}). */
    public BigDecimal percent() {
        return rate.movePointRight(2);
    }
}
