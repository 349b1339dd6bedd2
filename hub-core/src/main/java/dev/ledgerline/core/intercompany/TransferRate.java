package dev.ledgerline.core.intercompany;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What entity {@code from} charges entity {@code to} for an hour of its people's work, from {@code
 * validFrom} on: a fixed hourly rate in {@code currency}, or the employee's standard hourly cost plus a
 * markup (a fraction: {@code 0.10} is cost + 10 %), in the cost's currency. A rate naming a {@code role}
 * applies to that role only and wins over one naming none.
 */
public record TransferRate(
        String from, String to, String role, Basis basis, BigDecimal value, String currency, LocalDate validFrom) {

    /** How the hourly transfer price is set. */
    public enum Basis {
        HOURLY_RATE,
        COST_PLUS
    }

    public TransferRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(validFrom, "validFrom");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a transfer rate is between two different entities: " + from);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a transfer rate or markup is not negative: " + value);
        }
        if (basis == Basis.HOURLY_RATE && (currency == null || currency.isBlank())) {
            throw new IllegalArgumentException("an hourly transfer rate needs its currency");
        }
    }

    boolean appliesTo(String fromEntity, String toEntity, String employeeRole, LocalDate date) {
        return from.equals(fromEntity)
                && to.equals(toEntity)
                && (role == null || role.equals(employeeRole))
                && !validFrom.isAfter(date);
    }
}
