package dev.ledgerline.core.rates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The rate by precedence and the standard rate of one entry, either of which may be missing. */
public record EntryRates(Optional<Rate> rate, Optional<StandardRate> standardRate) {

    public EntryRates {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(standardRate, "standardRate");
    }

    /** {@code NO_RATE} and {@code NO_STANDARD_RATE} as they apply, in that order. */
    public List<RateFlag> flags() {
        List<RateFlag> flags = new ArrayList<>(2);
        if (rate.isEmpty()) {
            flags.add(RateFlag.NO_RATE);
        }
        if (standardRate.isEmpty()) {
            flags.add(RateFlag.NO_STANDARD_RATE);
        }
        return List.copyOf(flags);
    }
}
