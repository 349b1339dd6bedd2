package dev.ledgerline.core.validation;

/**
 * The stable machine codes of every rejection and error answer. Codes are added, never renamed:
 * source systems branch on them.
 */
public enum ErrorCode {
    // business rules of the contract
    MISSING_FIELD,
    INVALID_VALUE,
    UNKNOWN_REFERENCE,
    NOT_APPROVED,
    PROJECT_NOT_BILLABLE,
    OUTSIDE_CONTRACT_PERIOD,
    NO_RATE,
    OWNERSHIP_VIOLATION,
    PERIOD_LOCKED,
    VERSION_CONFLICT,
    UNKNOWN_TYPE,
    CURRENCY_MISMATCH,
    NO_TAX_MAPPING,
    // finance decisions on invoice proposals (core.billing.AdjustmentRefusal) and their status
    NOT_PROPOSED,
    UNKNOWN_LINE,
    LINE_NOT_ADJUSTABLE,
    INVALID_ADJUSTMENT,
    WRITE_DOWN_EXCEEDS_LINE,
    WRITE_UP_EXCEEDS_NOT_TO_EXCEED,
    ILLEGAL_STATUS_TRANSITION,

    // limits of one item or of the whole request
    MALFORMED_JSON,
    NOT_A_BATCH,
    PAYLOAD_TOO_LARGE,
    BATCH_TOO_LARGE,
    TOO_DEEP,
    STRING_TOO_LONG,
    NUMBER_OUT_OF_RANGE,
    INVALID_ENCODING,
    UNSUPPORTED_MEDIA_TYPE,
    BACKLOG_FULL,

    // reports
    UNKNOWN_METRIC,
    GROUPING_NOT_SUPPORTED,
    MIXED_CURRENCIES,
    MISSING_EXCHANGE_RATE,
    OUTSIDE_CAPACITY_HORIZON,
    REPORT_NOT_AVAILABLE,

    // access and plumbing
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    INTERNAL_ERROR,

    // operator actions
    /** The record's delivery state does not allow the action (replaying a record in flight). */
    INVALID_STATE,
    /** Four eyes: a corrected payload must be approved by another operator than the one who made it. */
    SAME_OPERATOR,
    /** An Odoo target the action needs could not be reached or refused the hub. */
    TARGET_UNAVAILABLE
}
