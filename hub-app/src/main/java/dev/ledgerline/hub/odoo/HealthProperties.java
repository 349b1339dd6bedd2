package dev.ledgerline.hub.odoo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The health check of each Odoo target: a {@code version} call and a login, on a client of its own.
 *
 * @param odooCache how long one check's answer is reused, so that load balancers and scrapers polling
 *     health do not become load on Odoo
 * @param odooTimeout how long one check may take before the target counts as down
 */
@ConfigurationProperties("ledgerline.health")
public record HealthProperties(
        @DefaultValue("10s") Duration odooCache,
        @DefaultValue("5s") Duration odooTimeout) {

    public HealthProperties {
        if (odooCache.isNegative()) {
            throw new IllegalArgumentException("ledgerline.health.odoo-cache must not be negative");
        }
        if (odooTimeout.isNegative() || odooTimeout.isZero()) {
            throw new IllegalArgumentException("ledgerline.health.odoo-timeout must be positive");
        }
    }
}
