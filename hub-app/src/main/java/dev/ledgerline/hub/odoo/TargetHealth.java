package dev.ledgerline.hub.odoo;

import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.OdooException;
import dev.ledgerline.odoo.client.ServerVersion;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One target's health: Odoo answers {@code version} and accepts the hub's login (a fresh client, so a
 * cached session cannot hide an outage), checked at most once per {@code ledgerline.health.odoo-cache}.
 * Details name the URL (without credentials), database, version and circuit state; never a secret.
 */
final class TargetHealth implements HealthIndicator {

    private final Target target;
    private final HealthProperties properties;
    private final Clock clock;
    private Health last;
    private Instant checkedAt = Instant.MIN;

    TargetHealth(Target target, HealthProperties properties, Clock clock) {
        this.target = target;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !checkedAt.plus(properties.odooCache()).isAfter(now)) {
            last = check(now);
            checkedAt = now;
        }
        return last;
    }

    private Health check(Instant now) {
        Health.Builder health;
        try (OdooClient client = Targets.client(target.config(), properties.odooTimeout(), properties.odooTimeout())) {
            ServerVersion version = client.connect();
            health = Health.up().withDetail("version", version.full());
        } catch (OdooException e) {
            health = Health.down()
                    .withDetail("error", e.errorName() == null ? e.getClass().getSimpleName() : e.errorName());
        } catch (RuntimeException e) {
            health = Health.down().withDetail("error", e.getClass().getSimpleName());
        }
        return health.withDetail("url", target.url())
                .withDetail("database", target.database())
                .withDetail("circuit", target.circuitBreaker().getState().name())
                .withDetail("checkedAt", now.toString())
                .build();
    }
}
