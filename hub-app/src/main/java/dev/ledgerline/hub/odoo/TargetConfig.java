package dev.ledgerline.hub.odoo;

import dev.ledgerline.hub.odoo.TargetProperties.BreakerSettings;
import dev.ledgerline.hub.odoo.TargetProperties.TargetDefaults;
import dev.ledgerline.hub.odoo.TargetProperties.TargetSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One target's settings with every default applied and checked; an invalid value names its property.
 * {@code secret} is the API key when one is given, else the password ({@code apiKey} says which).
 */
record TargetConfig(
        String name,
        String url,
        String database,
        String user,
        String secret,
        boolean apiKey,
        Optional<Long> companyId,
        List<String> entities,
        double rateLimitPerSecond,
        int maxConcurrency,
        Duration requestTimeout,
        float failureRateThreshold,
        int minimumCalls,
        int slidingWindow,
        Duration waitInOpenState,
        int callsInHalfOpenState) {

    static TargetConfig resolve(String name, TargetSettings s, TargetDefaults d) {
        String prefix = "ledgerline.targets." + name + ".";
        require(s.database(), prefix + "database");
        require(s.user(), prefix + "user");
        boolean hasKey = s.apiKey() != null && !s.apiKey().isBlank();
        boolean hasPassword = s.password() != null && !s.password().isBlank();
        if (!hasKey && !hasPassword) {
            throw new IllegalArgumentException(prefix + "api-key (or " + prefix + "password) is required");
        }
        BreakerSettings b = s.breaker() == null ? new BreakerSettings(null, null, null, null, null) : s.breaker();
        TargetConfig config = new TargetConfig(
                name,
                s.url().strip(),
                s.database(),
                s.user(),
                hasKey ? s.apiKey() : s.password(),
                hasKey,
                Optional.ofNullable(s.companyId()),
                s.entities().isEmpty() ? List.of(name) : s.entities(),
                or(s.rateLimitPerSecond(), d.rateLimitPerSecond()),
                or(s.maxConcurrency(), d.maxConcurrency()),
                or(s.requestTimeout(), d.requestTimeout()),
                or(b.failureRateThreshold(), d.failureRateThreshold()),
                or(b.minimumCalls(), d.minimumCalls()),
                or(b.slidingWindow(), d.slidingWindow()),
                or(b.waitInOpenState(), d.waitInOpenState()),
                or(b.callsInHalfOpenState(), d.callsInHalfOpenState()));
        config.check(prefix);
        return config;
    }

    private void check(String prefix) {
        positive(rateLimitPerSecond, prefix + "rate-limit-per-second");
        positive(maxConcurrency, prefix + "max-concurrency");
        positive(minimumCalls, prefix + "breaker.minimum-calls");
        positive(slidingWindow, prefix + "breaker.sliding-window");
        positive(callsInHalfOpenState, prefix + "breaker.calls-in-half-open-state");
        positive(requestTimeout.toMillis(), prefix + "request-timeout");
        positive(waitInOpenState.toMillis(), prefix + "breaker.wait-in-open-state");
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException(
                    prefix + "breaker.failure-rate-threshold must be in (0, 100], was " + failureRateThreshold);
        }
    }

    /** Secrets never appear in a log line or an error message. */
    @Override
    public String toString() {
        return "TargetConfig[" + name + ", url=" + url + ", database=" + database + ", user=" + user + ", "
                + (apiKey ? "API key" : "password") + " <hidden>]";
    }

    private static void require(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " is required when the target has a url");
        }
    }

    private static void positive(double value, String property) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(property + " must be positive, was " + value);
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
