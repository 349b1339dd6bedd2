package dev.ledgerline.core.rates;

import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Converts money with one company's rates the way Odoo does: {@code round(amount × rate(to) /
 * rate(from))}, the rates being those on the date (else the latest before it).
 */
public record CurrencyConversion(ExchangeRates rates) {

    public CurrencyConversion {
        Objects.requireNonNull(rates, "rates");
    }

    /** {@code amount} in {@code from} converted to {@code to} at {@code date}, to the cent; unchanged when equal. */
    public BigDecimal convert(BigDecimal amount, String from, String to, LocalDate date) {
        if (from.equals(to)) {
            return amount;
        }
        BigDecimal scaled = amount.multiply(rates.rate(to, date));
        return Rounding.cents(scaled.divide(rates.rate(from, date), Rounding.DIVISION));
    }
}
