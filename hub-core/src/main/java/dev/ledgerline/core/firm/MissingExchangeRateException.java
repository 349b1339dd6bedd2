package dev.ledgerline.core.firm;

import java.time.LocalDate;

/** No rate of a currency is known on or before a date. */
public class MissingExchangeRateException extends RuntimeException {

    public MissingExchangeRateException(String currency, LocalDate date) {
        super("no exchange rate for " + currency + " on or before " + date);
    }
}
