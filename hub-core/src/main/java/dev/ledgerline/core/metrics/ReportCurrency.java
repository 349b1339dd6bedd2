package dev.ledgerline.core.metrics;

import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The currency a report states an entity's amounts in (the entity's own, or the group currency)
 * and the conversion into it, as Odoo computes it: {@code round(amount × rate(to) / rate(from))},
 * with the rates of the entity's company (or the group's) on the date, else the latest before it.
 */
public final class ReportCurrency {

    private final FirmSettings settings;
    private final boolean inGroupCurrency;

    public ReportCurrency(FirmSettings settings, boolean inGroupCurrency) {
        if (inGroupCurrency && settings.group() == null) {
            throw new IllegalArgumentException("no group currency is configured");
        }
        this.settings = settings;
        this.inGroupCurrency = inGroupCurrency;
    }

    public static ReportCurrency of(FirmSettings settings, ReportQuery query) {
        return new ReportCurrency(settings, query.inGroupCurrency());
    }

    /** The currency amounts of {@code entity} are reported in. */
    public String currencyOf(String entity) {
        return inGroupCurrency
                ? settings.group().currency()
                : settings.entity(entity).currency();
    }

    /** {@code amount} in {@code currency} on {@code date}, converted for {@code entity} and rounded to the cent. */
    public BigDecimal cents(BigDecimal amount, String currency, String entity, LocalDate date) {
        return Rounding.cents(exact(amount, currency, entity, date));
    }

    /** The unrounded conversion, for a figure that is rounded only once it is complete. */
    public BigDecimal exact(BigDecimal amount, String currency, String entity, LocalDate date) {
        String target = currencyOf(entity);
        if (target.equals(currency)) {
            return amount;
        }
        ExchangeRates rates = inGroupCurrency ? settings.group().rates() : settings.ratesOf(entity);
        return amount.multiply(rates.rate(target, date)).divide(rates.rate(currency, date), Rounding.DIVISION);
    }
}
