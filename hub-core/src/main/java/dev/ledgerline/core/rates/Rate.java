package dev.ledgerline.core.rates;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rate of an entry by precedence, in contract currency: the unit price of its invoice line.
 * {@code role} is the role whose card gave it, null for a contract employee rate.
 */
public record Rate(BigDecimal amount, String currency, RateSource source, String role) {

    public Rate {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(source, "source");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a rate is not negative");
        }
    }
}
