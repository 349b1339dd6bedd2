package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.BillingSetup;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.hub.firm.ExchangeRateRepository;
import dev.ledgerline.hub.firm.FirmConfiguration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The firm configuration a run or a decision reads, as the engine's {@link BillingSetup}: entities,
 * rate card and tax rules from {@code ledgerline.firm}, exchange rates as last pulled from Odoo.
 */
@Component
class BillingSetups {

    private final FirmConfiguration firm;
    private final ExchangeRateRepository rates;
    private final BillingProperties properties;

    BillingSetups(FirmConfiguration firm, ExchangeRateRepository rates, BillingProperties properties) {
        for (String entity : properties.roundTaxGlobally()) {
            if (firm.entity(entity).isEmpty()) {
                throw new IllegalStateException("ledgerline.billing.round-tax-globally names entity '" + entity
                        + "' that is not configured in ledgerline.firm.entities");
            }
        }
        this.firm = firm;
        this.rates = rates;
        this.properties = properties;
    }

    /** The setup now: exchange rates are read afresh, everything else is fixed configuration. */
    BillingSetup current() {
        Map<String, ExchangeRates> exchangeRates = new HashMap<>();
        for (EntitySettings entity : firm.entities()) {
            exchangeRates.put(entity.id(), rates.ratesOf(entity));
        }
        return new BillingSetup(
                firm.entitiesById(), firm.rateCard(), exchangeRates, firm.taxRules(), properties.roundTaxGlobally());
    }

    boolean knowsEntity(String entity) {
        return firm.entity(entity).isPresent();
    }
}
