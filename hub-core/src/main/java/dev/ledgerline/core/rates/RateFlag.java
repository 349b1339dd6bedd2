package dev.ledgerline.core.rates;

/** Stable codes for a missing rate. */
public enum RateFlag {
    /** No rate by precedence: the entry waits for one (an exception of the hub). */
    NO_RATE,
    /** No firm rate for the role: the entry is left out of rate and billing realization (a report flag). */
    NO_STANDARD_RATE
}
