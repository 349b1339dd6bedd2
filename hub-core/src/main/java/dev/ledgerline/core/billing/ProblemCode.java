package dev.ledgerline.core.billing;

/** Stable codes of what keeps a run from billing something; each becomes an exception of the hub. */
public enum ProblemCode {
    /** An entry is billable in every respect but has no rate; it waits for one. */
    NO_RATE,
    /** No tax rule maps the contract's tax code for a line; the proposal shows no tax estimate. */
    NO_TAX_MAPPING,
    /** A foreign-currency amount cannot be converted: the company has no rate on or before its date. */
    NO_EXCHANGE_RATE,
    /** A milestone acceptance names a milestone the contract does not have. */
    UNKNOWN_MILESTONE,
    /** The contract lacks a term its billing model needs (retainer amount, subscription, start date). */
    MISSING_TERMS
}
