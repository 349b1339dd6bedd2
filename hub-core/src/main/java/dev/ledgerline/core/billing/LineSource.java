package dev.ledgerline.core.billing;

import dev.ledgerline.core.canonical.RecordKey;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A record a line covers and its share of the line: for a time line the entry's contract value, for
 * an adjustment the part allocated to the entry (signed), for a periodic line the contract itself.
 * Hours are set for time entries only.
 */
public record LineSource(
        RecordKey ref, long version, BigDecimal recordedHours, BigDecimal billableHours, BigDecimal amount) {

    public LineSource {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(amount, "amount");
    }

    public static LineSource of(RecordKey ref, long version, BigDecimal amount) {
        return new LineSource(ref, version, null, null, amount);
    }
}
