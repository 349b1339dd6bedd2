package dev.ledgerline.core.rates;

import java.math.BigDecimal;
import java.util.Objects;

/** The firm rate of an entry's role at its date, in the entity's currency (the base of rate realization). */
public record StandardRate(BigDecimal amount, String currency, String role) {

    public StandardRate {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(role, "role");
    }
}
