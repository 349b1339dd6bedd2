package dev.ledgerline.core.metrics;

import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The currency a figure states an entity's amounts in and the conversion into it, as Odoo
 * computes it: {@code round(amount × rate(to) / rate(from))} with the rates of the entity's company
 * on the date, else the latest before it. Three targets: each entity's own currency (the default),
 * the group currency with the group company's rates, or one fixed currency with each entity's
 * rates (a contract's currency, for fixed-fee cost to date).
 */
public final class ReportCurrency {

    private enum Target {
        ENTITY,
        GROUP,
        FIXED
    }

    private final FirmSettings settings;
    private final Target target;
    private final String fixedCurrency;

    private ReportCurrency(FirmSettings settings, Target target, String fixedCurrency) {
        if (target == Target.GROUP && settings.group() == null) {
            throw new IllegalArgumentException("no group currency is configured");
        }
        this.settings = settings;
        this.target = target;
        this.fixedCurrency = fixedCurrency;
    }

    public static ReportCurrency of(FirmSettings settings, ReportQuery query) {
        return new ReportCurrency(settings, query.inGroupCurrency() ? Target.GROUP : Target.ENTITY, null);
    }

    public static ReportCurrency entityCurrency(FirmSettings settings) {
        return new ReportCurrency(settings, Target.ENTITY, null);
    }

    /** Every amount in {@code currency}, converted with the rates of the entity it belongs to. */
    public static ReportCurrency fixed(FirmSettings settings, String currency) {
        return new ReportCurrency(settings, Target.FIXED, currency);
    }

    /** The currency amounts of {@code entity} are stated in. */
    public String currencyOf(String entity) {
        return switch (target) {
            case ENTITY -> settings.entity(entity).currency();
            case GROUP -> settings.group().currency();
            case FIXED -> fixedCurrency;
        };
    }

    /** {@code amount} in {@code currency} on {@code date}, converted for {@code entity} and rounded to the cent. */
    public BigDecimal cents(BigDecimal amount, String currency, String entity, LocalDate date) {
        return Rounding.cents(exact(amount, currency, entity, date));
    }

    /** The unrounded conversion, for a figure that is rounded only once it is complete. */
    public BigDecimal exact(BigDecimal amount, String currency, String entity, LocalDate date) {
        String to = currencyOf(entity);
        if (to.equals(currency)) {
            return amount;
        }
        ExchangeRates rates = target == Target.GROUP ? settings.group().rates() : settings.ratesOf(entity);
        return amount.multiply(rates.rate(to, date)).divide(rates.rate(currency, date), Rounding.DIVISION);
    }
}
