package dev.ledgerline.core.firm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Exchange rates as Odoo keeps them for one company: units of a currency per unit of the company
 * currency (the company currency is 1), the rate on a date being the latest on or before it.
 */
@FunctionalInterface
public interface ExchangeRates {

    /** The rate of {@code currency} on {@code date}; throws {@link MissingExchangeRateException} when none. */
    BigDecimal rate(String currency, LocalDate date);

    /** Rates for a firm that works in one currency only. */
    static ExchangeRates singleCurrency(String companyCurrency) {
        return (currency, date) -> {
            if (currency.equals(companyCurrency)) {
                return BigDecimal.ONE;
            }
            throw new MissingExchangeRateException(currency, date);
        };
    }
}
