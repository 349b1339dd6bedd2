package dev.ledgerline.core.testdata;

import dev.ledgerline.core.billing.BillingSetup;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.FirmRateCard;
import dev.ledgerline.core.firm.PeriodLock;
import dev.ledgerline.core.firm.TaxRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Firm configurations for billing tests: entity {@code us} in USD; firm rates senior 180, junior 100;
 * tax code {@code STD}: 10 % (Odoo tax 1) for everything, 5 % (Odoo tax 2) for expenses.
 */
public final class Setups {

    public static final String TAX = "STD";

    private Setups() {}

    public static final List<TaxRule> RULES = List.of(
            new TaxRule(Firm.ENTITY, TAX, null, null, 1, new BigDecimal("0.10")),
            new TaxRule(Firm.ENTITY, TAX, "expense", null, 2, new BigDecimal("0.05")));

    public static final FirmRateCard FIRM_RATES = new FirmRateCard(
            List.of(Firm.firmRate("senior", "180", "2020-01-01"), Firm.firmRate("junior", "100", "2020-01-01")));

    public static BillingSetup standard() {
        return new BillingSetup(
                Map.of(Firm.ENTITY, EntitySettings.of(Firm.ENTITY, Firm.USD)), FIRM_RATES, Map.of(), RULES, Set.of());
    }

    public static BillingSetup withLocks(PeriodLock... locks) {
        EntitySettings us =
                new EntitySettings(Firm.ENTITY, Firm.USD, null, null, null, false, List.of(locks), null, null, null);
        return new BillingSetup(Map.of(Firm.ENTITY, us), FIRM_RATES, Map.of(), RULES, Set.of());
    }

    public static BillingSetup withRates(ExchangeRates rates) {
        return new BillingSetup(
                Map.of(Firm.ENTITY, EntitySettings.of(Firm.ENTITY, Firm.USD)),
                FIRM_RATES,
                Map.of(Firm.ENTITY, rates),
                RULES,
                Set.of());
    }

    public static BillingSetup roundingGlobally() {
        return new BillingSetup(
                Map.of(Firm.ENTITY, EntitySettings.of(Firm.ENTITY, Firm.USD)),
                FIRM_RATES,
                Map.of(),
                RULES,
                Set.of(Firm.ENTITY));
    }

    public static BillingSetup withoutTaxRules() {
        return new BillingSetup(
                Map.of(Firm.ENTITY, EntitySettings.of(Firm.ENTITY, Firm.USD)),
                FIRM_RATES,
                Map.of(),
                List.of(),
                Set.of());
    }
}
