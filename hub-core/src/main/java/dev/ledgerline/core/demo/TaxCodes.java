package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.util.List;

/** The tax codes the demo contracts carry and the taxes they map to. */
final class TaxCodes {

    /** New York sales tax on services billed by the US entity. */
    static final String NY_STANDARD = "NY-STD";
    /** Services the US entity exports (a client abroad): zero-rated. */
    static final String US_EXPORT = "US-EXPORT";
    /** German VAT charged by the Munich entity to German clients. */
    static final String DE_VAT = "DE-VAT19";
    /** Reverse charge for clients in other EU countries: no VAT on the invoice. */
    static final String EU_REVERSE_CHARGE = "EU-RC";

    static final List<DemoTax> ALL = List.of(
            new DemoTax(Entities.US, NY_STANDARD, null, null, new BigDecimal("0.08875"), "NY sales tax 8.875%"),
            // pass-through expenses are re-billed at cost without sales tax: the more specific rule wins
            new DemoTax(Entities.US, NY_STANDARD, "expense", null, BigDecimal.ZERO, "NY sales tax exempt (expenses)"),
            new DemoTax(Entities.US, US_EXPORT, null, null, BigDecimal.ZERO, "Export of services 0%"),
            new DemoTax(Entities.EU, DE_VAT, null, null, new BigDecimal("0.19"), "USt. 19%"),
            new DemoTax(Entities.EU, EU_REVERSE_CHARGE, null, null, BigDecimal.ZERO, "Reverse charge 0% (EU)"));

    private TaxCodes() {}
}
