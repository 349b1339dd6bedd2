package dev.ledgerline.core.billing;

import dev.ledgerline.core.canonical.RecordKey;
import java.util.List;
import java.util.Objects;

/** Something the hub must do to an earlier proposal because of what a run found. */
public sealed interface ProposalAction {

    String proposalId();

    /**
     * Records on an approved proposal not yet delivered changed after approval: the proposal goes back
     * to {@code proposed}, and the next run bills its work afresh.
     */
    record ReturnToProposed(String proposalId, List<RecordKey> changed) implements ProposalAction {
        public ReturnToProposed {
            Objects.requireNonNull(proposalId, "proposalId");
            changed = List.copyOf(changed);
        }
    }
}
