package dev.ledgerline.core.billability;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.rates.EntryRates;
import dev.ledgerline.core.rates.Rate;
import dev.ledgerline.core.rates.RateFlag;
import dev.ledgerline.core.rates.StandardRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A time entry with its billability and values.
 *
 * <p>{@code contractValue} = {@code round(billableHours × rate by precedence)} in contract currency,
 * present whenever a rate is found (also for unapproved entries, whose value is unapproved time);
 * {@code standardValue} = {@code round(billableHours × standard rate)} in entity currency, present
 * whenever a standard rate is found.
 */
public record ClassifiedEntry(
        RecordKey key,
        long version,
        TimeEntry entry,
        Billability billability,
        BigDecimal recordedHours,
        BigDecimal billableHours,
        EntryRates rates,
        Optional<BigDecimal> contractValue,
        Optional<BigDecimal> standardValue) {

    public ClassifiedEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(billability, "billability");
        Objects.requireNonNull(recordedHours, "recordedHours");
        Objects.requireNonNull(billableHours, "billableHours");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(contractValue, "contractValue");
        Objects.requireNonNull(standardValue, "standardValue");
    }

    public boolean isBillable() {
        return billability.isBillable();
    }

    /** The reason the entry is not billable, when it is excluded (not for {@code NO_RATE}). */
    public Optional<BillabilityReason> reason() {
        return billability instanceof Billability.Excluded e ? Optional.of(e.reason()) : Optional.empty();
    }

    public Optional<Rate> rate() {
        return rates.rate();
    }

    public Optional<StandardRate> standardRate() {
        return rates.standardRate();
    }

    /** {@code NO_RATE} / {@code NO_STANDARD_RATE} as they apply. */
    public List<RateFlag> flags() {
        return rates.flags();
    }
}
