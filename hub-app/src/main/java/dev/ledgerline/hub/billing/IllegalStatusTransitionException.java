package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.web.ApiException;

/**
 * A status move the transition table does not allow, or one another writer got to first (the
 * proposal is no longer in the status the move leaves). Answered 409.
 */
public class IllegalStatusTransitionException extends ApiException {

    public IllegalStatusTransitionException(String proposalId, ProposalStatus from, ProposalStatus to) {
        super(
                409,
                ErrorCode.ILLEGAL_STATUS_TRANSITION,
                "proposal " + proposalId + " cannot move from " + from.name().toLowerCase() + " to "
                        + to.name().toLowerCase());
    }
}
