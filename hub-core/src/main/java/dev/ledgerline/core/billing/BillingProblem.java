package dev.ledgerline.core.billing;

import dev.ledgerline.core.canonical.Ref;
import java.util.Objects;

/** A problem of a run for one contract, about one record ({@code ref}, text form) or the contract itself. */
public record BillingProblem(ProblemCode code, Ref contract, String ref, String message) {

    public BillingProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(message, "message");
    }
}
