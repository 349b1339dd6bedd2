package dev.ledgerline.core.metrics;

import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.FirmRateCard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration the reports read: the entities, the firm rate card, each entity company's
 * exchange rates as Odoo keeps them, and optionally the group currency with the group company's
 * rates.
 */
public record FirmSettings(
        Map<String, EntitySettings> entities,
        FirmRateCard rateCard,
        Map<String, ExchangeRates> exchangeRates,
        GroupCurrency group) {

    /** The group currency and the rates of the group's Odoo company. */
    public record GroupCurrency(String currency, ExchangeRates rates) {
        public GroupCurrency {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(rates, "rates");
        }
    }

    public FirmSettings {
        entities = Map.copyOf(entities);
        rateCard = rateCard == null ? FirmRateCard.empty() : rateCard;
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
    }

    /** Entities that each work in their own currency only, with no rate card. */
    public static FirmSettings of(List<EntitySettings> entities) {
        return of(entities, FirmRateCard.empty());
    }

    /** Entities that each work in their own currency only. */
    public static FirmSettings of(List<EntitySettings> entities, FirmRateCard rateCard) {
        Map<String, EntitySettings> byId = new LinkedHashMap<>();
        Map<String, ExchangeRates> rates = new LinkedHashMap<>();
        for (EntitySettings e : entities) {
            byId.put(e.id(), e);
            rates.put(e.id(), ExchangeRates.singleCurrency(e.currency()));
        }
        return new FirmSettings(byId, rateCard, rates, null);
    }

    public FirmSettings withExchangeRates(String entity, ExchangeRates rates) {
        Map<String, ExchangeRates> copy = new LinkedHashMap<>(exchangeRates);
        copy.put(entity, rates);
        return new FirmSettings(entities, rateCard, copy, group);
    }

    public FirmSettings withGroup(GroupCurrency newGroup) {
        return new FirmSettings(entities, rateCard, exchangeRates, newGroup);
    }

    public EntitySettings entity(String id) {
        EntitySettings settings = entities.get(id);
        if (settings == null) {
            throw new IllegalArgumentException("unknown entity " + id);
        }
        return settings;
    }

    public ExchangeRates ratesOf(String entity) {
        ExchangeRates rates = exchangeRates.get(entity);
        return rates != null
                ? rates
                : ExchangeRates.singleCurrency(entity(entity).currency());
    }
}
