package dev.ledgerline.hub.odoo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Odoo connections the hub delivers to: {@code ledgerline.targets.<name>.*}, each falling back to
 * {@code ledgerline.target-defaults.*} for its limits and breaker. The target {@code default} is
 * filled from {@code ODOO_URL}, {@code ODOO_DB}, {@code ODOO_USER} and {@code ODOO_API_KEY} (or
 * {@code ODOO_PASSWORD}) in {@code application.yml}; a target without a URL is not configured.
 *
 * @param targets the named targets
 * @param targetDefaults limits and breaker settings of targets that do not set their own
 */
@ConfigurationProperties("ledgerline")
public record TargetProperties(
        Map<String, TargetSettings> targets, @DefaultValue TargetDefaults targetDefaults) {

    public TargetProperties {
        targets = targets == null ? Map.of() : new LinkedHashMap<>(targets);
    }

    /**
     * One named Odoo connection; the limits left empty take the defaults.
     *
     * @param url Odoo's base URL; blank: the target is not configured
     * @param database the database name
     * @param user the login
     * @param apiKey the API key (preferred; Odoo takes it wherever it takes a password)
     * @param password the password, when no API key is given
     * @param companyId the Odoo company the hub writes into ({@code allowed_company_ids})
     * @param entities the firm's legal entities whose records go here; empty: the entity named like
     *     the target
     * @param rateLimitPerSecond most calls per second
     * @param maxConcurrency most calls in flight at once
     * @param requestTimeout how long one call may take
     * @param breaker when to stop calling a failing Odoo
     */
    public record TargetSettings(
            String url,
            String database,
            String user,
            String apiKey,
            String password,
            Long companyId,
            List<String> entities,
            Double rateLimitPerSecond,
            Integer maxConcurrency,
            Duration requestTimeout,
            BreakerSettings breaker) {

        public TargetSettings {
            entities = entities == null ? List.of() : List.copyOf(entities);
        }

        boolean configured() {
            return url != null && !url.isBlank();
        }

        /** Secrets never leave the process through a log line or an error message. */
        @Override
        public String toString() {
            return "TargetSettings[url=" + url + ", database=" + database + ", user=" + user + ", apiKey="
                    + mask(apiKey) + ", password=" + mask(password) + ", companyId=" + companyId + ", entities="
                    + entities + "]";
        }

        private static String mask(String secret) {
            return secret == null || secret.isEmpty() ? "<none>" : "<hidden>";
        }
    }

    /**
     * A target's circuit breaker; empty values take the defaults.
     *
     * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
     * @param minimumCalls calls in the window before the rate counts
     * @param slidingWindow the number of recent calls the rate is computed over
     * @param waitInOpenState how long the circuit stays open before trial calls
     * @param callsInHalfOpenState trial calls that decide whether it closes again
     */
    public record BreakerSettings(
            Float failureRateThreshold,
            Integer minimumCalls,
            Integer slidingWindow,
            Duration waitInOpenState,
            Integer callsInHalfOpenState) {}

    /**
     * Defaults of every target.
     *
     * @param rateLimitPerSecond most calls per second to one target
     * @param maxConcurrency most calls in flight to one target
     * @param requestTimeout how long one call may take (a stock Odoo stops a request after 120 s)
     * @param failureRateThreshold percentage of failed calls that opens a target's circuit
     * @param minimumCalls calls in the window before the failure rate counts
     * @param slidingWindow the number of recent calls the failure rate is computed over
     * @param waitInOpenState how long an open circuit waits before trial calls
     * @param callsInHalfOpenState trial calls in the half-open state
     */
    public record TargetDefaults(
            @DefaultValue("20") double rateLimitPerSecond,
            @DefaultValue("4") int maxConcurrency,
            @DefaultValue("120s") Duration requestTimeout,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("20") int slidingWindow,
            @DefaultValue("30s") Duration waitInOpenState,
            @DefaultValue("2") int callsInHalfOpenState) {}
}
