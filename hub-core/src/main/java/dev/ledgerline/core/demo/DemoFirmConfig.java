package dev.ledgerline.core.demo;

import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.FirmRateCard;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.core.firm.TaxRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ToLongFunction;

/**
 * The demo firm's configuration, as the hub's admin API would hold it: its two entities (settings
 * and Odoo companies), the dated firm rate card, the taxes contracts name by code, the exchange
 * rates each Odoo company holds for the period, and the source systems.
 *
 * @param periodStart first day of the generated work
 * @param periodEnd last day of the generated work
 * @param asOf the demo's "now": a few days after the period end, when month-end billing runs; no
 *     envelope happens after it
 */
public record DemoFirmConfig(
        String firmName,
        List<DemoCompany> companies,
        List<EntitySettings> entities,
        FirmRateCard firmRateCard,
        List<DemoTax> taxes,
        List<DemoExchangeRate> exchangeRates,
        List<DemoSource> sources,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant asOf) {

    public DemoFirmConfig {
        companies = List.copyOf(companies);
        entities = List.copyOf(entities);
        taxes = List.copyOf(taxes);
        exchangeRates = List.copyOf(exchangeRates);
        sources = List.copyOf(sources);
    }

    public EntitySettings entity(String id) {
        return entities.stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no entity " + id));
    }

    public DemoCompany company(String entity) {
        return companies.stream()
                .filter(c -> c.entity().equals(entity))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no entity " + entity));
    }

    /** The rates of {@code entity}'s Odoo company: its own currency is 1, others the latest on or before a date. */
    public ExchangeRates exchangeRates(String entity) {
        String companyCurrency = entity(entity).currency();
        List<DemoExchangeRate> own = exchangeRates.stream()
                .filter(r -> r.entity().equals(entity))
                .sorted(Comparator.comparing(DemoExchangeRate::date))
                .toList();
        return (currency, date) -> {
            if (currency.equals(companyCurrency)) {
                return BigDecimal.ONE;
            }
            BigDecimal found = null;
            for (DemoExchangeRate r : own) {
                if (r.currency().equals(currency) && !r.date().isAfter(date)) {
                    found = r.rate();
                }
            }
            if (found == null) {
                throw new MissingExchangeRateException(currency, date);
            }
            return found;
        };
    }

    /** The tax rules once the hub knows each tax's Odoo id. */
    public List<TaxRule> taxRules(ToLongFunction<DemoTax> odooTaxId) {
        return taxes.stream().map(t -> t.toTaxRule(odooTaxId.applyAsLong(t))).toList();
    }
}
