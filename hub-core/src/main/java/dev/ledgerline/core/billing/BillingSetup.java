package dev.ledgerline.core.billing;

import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.FirmRateCard;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.core.firm.TaxRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The firm configuration a run reads: entities (time zone, period locks), the firm rate card, each
 * entity company's exchange rates, the tax mapping, and the entities whose Odoo company rounds tax
 * globally ({@code tax_calculation_rounding_method = round_globally}).
 */
public record BillingSetup(
        Map<String, EntitySettings> entities,
        FirmRateCard firmRates,
        Map<String, ExchangeRates> exchangeRates,
        List<TaxRule> taxRules,
        Set<String> entitiesRoundingTaxGlobally) {

    public BillingSetup {
        entities = Map.copyOf(entities);
        Objects.requireNonNull(firmRates, "firmRates");
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
        taxRules = taxRules == null ? List.of() : List.copyOf(taxRules);
        entitiesRoundingTaxGlobally =
                entitiesRoundingTaxGlobally == null ? Set.of() : Set.copyOf(entitiesRoundingTaxGlobally);
    }

    public EntitySettings entity(String id) {
        EntitySettings settings = entities.get(id);
        if (settings == null) {
            throw new IllegalArgumentException("unknown entity " + id);
        }
        return settings;
    }

    /** The exchange rates of an entity's company; a single-currency book when none are configured. */
    public ExchangeRates exchangeRates(String entityId) {
        ExchangeRates rates = exchangeRates.get(entityId);
        if (rates != null) {
            return rates;
        }
        EntitySettings settings = entities.get(entityId);
        return settings != null
                ? ExchangeRates.singleCurrency(settings.currency())
                : (currency, date) -> {
                    throw new MissingExchangeRateException(currency, date);
                };
    }

    public boolean roundsTaxGlobally(String entityId) {
        return entitiesRoundingTaxGlobally.contains(entityId);
    }
}
