package dev.ledgerline.core.billing;

import dev.ledgerline.core.canonical.RecordKey;
import java.util.Objects;

/**
 * A record a run considered and did not bill, with its stable reason: a billability reason
 * ({@code REJECTED}, {@code NOT_APPROVED}, {@code PROJECT_NOT_BILLABLE}, {@code PROJECT_CLOSED},
 * {@code OUTSIDE_CONTRACT_PERIOD}) or {@code NO_RATE}.
 */
public record Exclusion(RecordKey ref, String reason) {

    public Exclusion {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(reason, "reason");
    }
}
