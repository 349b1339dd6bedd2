package dev.ledgerline.core.firm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The dated firm rate card of every entity. */
public record FirmRateCard(List<FirmRate> rates) {

    public FirmRateCard {
        rates = List.copyOf(rates);
    }

    public static FirmRateCard empty() {
        return new FirmRateCard(List.of());
    }

    /** The rate of {@code role} in {@code entity} on {@code date}: the latest line valid on or before it. */
    public Optional<BigDecimal> rate(String entity, String role, LocalDate date) {
        if (role == null) {
            return Optional.empty();
        }
        return rates.stream()
                .filter(r -> r.entity().equals(entity)
                        && r.role().equals(role)
                        && !r.validFrom().isAfter(date))
                .max(Comparator.comparing(FirmRate::validFrom))
                .map(FirmRate::rate);
    }
}
