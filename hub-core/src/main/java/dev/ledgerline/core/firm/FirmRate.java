package dev.ledgerline.core.firm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the firm rate card: the standard rate of a role in an entity (in the entity's
 * currency) from {@code validFrom} until the next line of the same entity and role.
 */
public record FirmRate(String entity, String role, BigDecimal rate, String currency, LocalDate validFrom) {

    public FirmRate {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(validFrom, "validFrom");
    }
}
