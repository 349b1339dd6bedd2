package dev.ledgerline.hub.odoo;

import dev.ledgerline.odoo.client.OdooAccessDeniedException;
import dev.ledgerline.odoo.client.OdooAccessRightsException;
import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.OdooDialect;
import dev.ledgerline.odoo.client.OdooModel;
import dev.ledgerline.odoo.client.OdooServerException;
import dev.ledgerline.odoo.client.OdooTransportException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One configured Odoo connection: its client and the limits every call to it goes through — a
 * circuit breaker (open: calls fail at once with {@code CallNotPermittedException}), a bulkhead (at
 * most {@code max-concurrency} calls at once) and a rate limiter. The breaker counts transport
 * failures, Odoo losing its database and access errors; a data error shows Odoo is up.
 */
public final class Target implements AutoCloseable {

    private final TargetConfig config;
    private final OdooClient client;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final RateLimiter rateLimiter;

    Target(TargetConfig config, OdooClient client, Clock clock) {
        this.config = config;
        this.client = client;
        this.breaker = CircuitBreaker.of("odoo-" + config.name(), breakerConfig(config, clock));
        this.bulkhead = Bulkhead.of(
                "odoo-" + config.name(),
                BulkheadConfig.custom()
                        .maxConcurrentCalls(config.maxConcurrency())
                        .maxWaitDuration(config.requestTimeout())
                        .build());
        this.rateLimiter = RateLimiter.of("odoo-" + config.name(), rateLimiterConfig(config));
    }

    public String name() {
        return config.name();
    }

    /** The target's base URL, without any user information it may carry (no secret). */
    public String url() {
        String url = config.url();
        String userInfo = java.net.URI.create(url).getRawUserInfo();
        return userInfo == null ? url : url.replace(userInfo + "@", "");
    }

    /** The Odoo database the target writes into. */
    public String database() {
        return config.database();
    }

    /** The company the hub writes into, when the target names one. */
    public Optional<Long> companyId() {
        return config.companyId();
    }

    /** The Odoo user id the hub works as (logs in on first use); call it only inside {@link #call}. */
    public long uid() {
        return client.uid().orElseThrow(() -> new IllegalStateException("not logged in to " + url()));
    }

    /** A model of this target's Odoo; call it only inside {@link #call}. */
    public OdooModel model(String name) {
        return client.model(name);
    }

    /** The version differences of this target's Odoo (asks the server once); call it only inside {@link #call}. */
    public OdooDialect dialect() {
        return client.dialect();
    }

    /** Forgets the fields this target's models were known to have, after the hub added one. */
    public void clearSchemaCache() {
        client.clearSchemaCache();
    }

    /** Runs one Odoo call through the breaker, the bulkhead and the rate limiter. */
    public <T> T call(Supplier<T> call) {
        return breaker.executeSupplier(() -> bulkhead.executeSupplier(() -> rateLimiter.executeSupplier(call)));
    }

    /** Odoo refused the hub's credentials or rights: stop calling until the breaker tries again. */
    public void refuseAccess() {
        breaker.transitionToOpenState();
    }

    /** How long an open circuit waits before it lets trial calls through. */
    public Duration waitInOpenState() {
        return config.waitInOpenState();
    }

    TargetConfig config() {
        return config;
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "Target[" + config.name() + ", " + config.url() + ", breaker " + breaker.getState() + "]";
    }

    /** The failures that say Odoo cannot be used right now; data errors are Odoo working normally. */
    static boolean countsAgainstTarget(Throwable t) {
        return t instanceof OdooTransportException
                || t instanceof OdooAccessDeniedException
                || t instanceof OdooAccessRightsException
                || (t instanceof OdooServerException s && s.isRetryable());
    }

    private static CircuitBreakerConfig breakerConfig(TargetConfig c, Clock clock) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(c.failureRateThreshold())
                .slidingWindow(
                        c.slidingWindow(),
                        Math.min(c.minimumCalls(), c.slidingWindow()),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(c.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(c.callsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(Target::countsAgainstTarget)
                .clock(clock)
                .build();
    }

    private static RateLimiterConfig rateLimiterConfig(TargetConfig c) {
        double rate = c.rateLimitPerSecond();
        // below one call a second, one permit per 1/rate seconds
        int permits = rate >= 1 ? (int) Math.round(rate) : 1;
        Duration period = rate >= 1 ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(1000 / rate));
        return RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(period)
                .timeoutDuration(c.requestTimeout())
                .build();
    }
}
