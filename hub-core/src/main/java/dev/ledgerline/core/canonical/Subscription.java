package dev.ledgerline.core.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A subscription: {@code amount} per period, invoiced in advance. */
public record Subscription(BigDecimal amount, Period period, LocalDate startDate) {

    public enum Period {
        MONTH,
        QUARTER,
        YEAR
    }

    public Subscription {
        Objects.requireNonNull(amount, "amount");
        if (period == null) {
            period = Period.MONTH;
        }
    }
}
