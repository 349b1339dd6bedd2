package dev.ledgerline.core.billing;

import java.util.Objects;

/** The outcome of an approval with adjustments: the approved proposal, or why it is refused. */
public sealed interface AdjustmentResult {

    record Approved(InvoiceProposal proposal) implements AdjustmentResult {
        public Approved {
            Objects.requireNonNull(proposal, "proposal");
        }
    }

    record Refused(AdjustmentRefusal code, String lineId, String message) implements AdjustmentResult {
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
