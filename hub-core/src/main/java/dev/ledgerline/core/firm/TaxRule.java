package dev.ledgerline.core.firm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Maps a contract's tax code to an Odoo tax for an entity, optionally only for one service type
 * ({@code time}, {@code expense}, {@code milestone}, {@code retainer}, {@code subscription}) and one
 * customer country or fiscal position. {@code rate} is the tax's percentage as a fraction
 * ({@code 0.15} for 15 %), used to estimate tax on proposals.
 */
public record TaxRule(
        String entity,
        String taxCode,
        String serviceType,
        String countryOrFiscalPosition,
        long odooTaxId,
        BigDecimal rate) {

    public TaxRule {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(rate, "rate");
    }

    /** How specific the rule is; the most specific matching rule wins. */
    public int specificity() {
        return (serviceType == null ? 0 : 1) + (countryOrFiscalPosition == null ? 0 : 2);
    }
}
