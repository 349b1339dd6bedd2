package dev.ledgerline.odoo.sandbox.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how to disturb calls. A rule matches calls by model (or JSON-RPC service) and method, each
 * {@code null} for any, then fires on every {@code everyNth} matching call, or with a probability
 * (drawn from the sandbox's seeded random), at most {@code times} times ({@code -1}: no limit).
 *
 * <pre>{@code
 * sandbox.faults().add(FaultRule.of(FaultKind.RESET_AFTER_COMMIT).on("account.move", "create").everyNth(3).times(1));
 * }</pre>
 *
 * @param kind what the fault does
 * @param model model or service to match, {@code null} for any
 * @param method method to match, {@code null} for any
 * @param everyNth fire on the n-th, 2n-th... matching call; 1 for every call
 * @param probability chance to fire on a matching call (after {@code everyNth}); 1.0 always
 * @param times how many times the rule may fire, -1 for unlimited
 * @param latency delay of a {@link FaultKind#LATENCY} fault, or {@code Retry-After} of a rate limit
 */
public record FaultRule(
        FaultKind kind, String model, String method, int everyNth, double probability, int times, Duration latency) {

    public FaultRule {
        Objects.requireNonNull(kind, "kind");
        if (everyNth < 1) {
            throw new IllegalArgumentException("everyNth must be at least 1");
        }
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be between 0 and 1");
        }
        latency = latency == null ? Duration.ZERO : latency;
    }

    /** A rule of this kind for every call, with no limit. */
    public static FaultRule of(FaultKind kind) {
        return new FaultRule(
                kind, null, null, 1, 1.0, -1, kind == FaultKind.RATE_LIMIT ? Duration.ofSeconds(1) : Duration.ZERO);
    }

    public FaultRule on(String model, String method) {
        return new FaultRule(kind, model, method, everyNth, probability, times, latency);
    }

    public FaultRule everyNth(int n) {
        return new FaultRule(kind, model, method, n, probability, times, latency);
    }

    public FaultRule withProbability(double p) {
        return new FaultRule(kind, model, method, everyNth, p, times, latency);
    }

    public FaultRule times(int count) {
        return new FaultRule(kind, model, method, everyNth, probability, count, latency);
    }

    public FaultRule latency(Duration delay) {
        return new FaultRule(kind, model, method, everyNth, probability, times, delay);
    }

    boolean matches(String callModel, String callMethod) {
        return (model == null || model.equals(callModel)) && (method == null || method.equals(callMethod));
    }
}
