package dev.ledgerline.core.canonical;

import java.time.LocalDate;
import java.util.Objects;

/** The client's acceptance of a contract milestone, which makes it billable. */
public record MilestoneAcceptance(Ref contract, String milestone, LocalDate acceptedOn, String acceptedBy)
        implements CanonicalRecord {

    public MilestoneAcceptance {
        Objects.requireNonNull(contract, "contract");
        RecordKey.requireText(milestone, "milestone");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
    }

    @Override
    public RecordType type() {
        return RecordType.MILESTONE_ACCEPTANCE;
    }
}
