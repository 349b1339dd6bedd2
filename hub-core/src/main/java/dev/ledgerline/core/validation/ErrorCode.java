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
    INTERNAL_ERROR
}
