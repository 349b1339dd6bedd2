package dev.ledgerline.hub.operations;

import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.web.ApiException;

/** Why an operator acts: required for every action, kept in the audit log and the record's history. */
record Reason(String text) {

    static final int MAX_LENGTH = 1000;

    /** The reason of a request, or a 400 {@code MISSING_FIELD} / {@code INVALID_VALUE} answer. */
    static Reason of(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new ApiException(400, ErrorCode.MISSING_FIELD, "reason (why the operator acts) is required");
        }
        if (s.length() > MAX_LENGTH) {
            throw new ApiException(
                    400, ErrorCode.INVALID_VALUE, "reason must be at most " + MAX_LENGTH + " characters");
        }
        return new Reason(s.strip());
    }
}
