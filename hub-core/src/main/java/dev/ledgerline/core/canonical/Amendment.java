package dev.ledgerline.core.canonical;

import java.time.LocalDate;
import java.util.Objects;

/** A change to a contract's terms from {@code effectiveDate}; only signed amendments apply. */
public record Amendment(String id, LocalDate effectiveDate, ContractTerms changes, boolean signed) {

    public Amendment {
        RecordKey.requireText(id, "id");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(changes, "changes");
    }
}
