package dev.ledgerline.core.metrics;

import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Rates of one company for tests: the company currency is 1, others as added, latest on or before a date. */
public final class SampleRates implements ExchangeRates {

    private final String companyCurrency;
    private final Map<String, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    public SampleRates(String companyCurrency) {
        this.companyCurrency = companyCurrency;
    }

    public SampleRates rate(String currency, String date, String rate) {
        rates.computeIfAbsent(currency, c -> new TreeMap<>()).put(LocalDate.parse(date), new BigDecimal(rate));
        return this;
    }

    @Override
    public BigDecimal rate(String currency, LocalDate date) {
        if (currency.equals(companyCurrency)) {
            return BigDecimal.ONE;
        }
        var byDate = rates.get(currency);
        var entry = byDate == null ? null : byDate.floorEntry(date);
        if (entry == null) {
            throw new MissingExchangeRateException(currency, date);
        }
        return entry.getValue();
    }
}
