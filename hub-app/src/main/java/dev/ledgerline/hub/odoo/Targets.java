package dev.ledgerline.hub.odoo;

import dev.ledgerline.odoo.client.OdooClient;
import dev.ledgerline.odoo.client.OdooContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The configured Odoo targets, one {@link OdooClient} each, and the routing of a record's legal entity
 * to its target: the target listing the entity, else the target {@code default}.
 */
@Component
public class Targets implements AutoCloseable {

    /** The target filled from {@code ODOO_URL} and friends, which takes every unrouted entity. */
    public static final String DEFAULT = "default";

    private static final Logger log = LoggerFactory.getLogger(Targets.class);

    private final Map<String, Target> byName = new LinkedHashMap<>();
    private final Map<String, Target> byEntity = new LinkedHashMap<>();

    public Targets(TargetProperties properties, Clock clock) {
        properties.targets().forEach((name, settings) -> {
            if (settings != null && settings.configured()) {
                TargetConfig config = TargetConfig.resolve(name, settings, properties.targetDefaults());
                Target target = new Target(config, client(config, config.requestTimeout(), null), clock);
                byName.put(name, target);
                config.entities().forEach(entity -> {
                    Target previous = byEntity.putIfAbsent(entity, target);
                    if (previous != null) {
                        throw new IllegalArgumentException("ledgerline.targets." + name + ".entities: entity " + entity
                                + " is already routed to target " + previous.name());
                    }
                });
                log.info(
                        "Odoo target {} at {} (database {}, user {})",
                        name,
                        config.url(),
                        config.database(),
                        config.user());
            }
        });
    }

    /** The target a record of {@code entity} is delivered to. */
    public Optional<Target> forEntity(String entity) {
        Target routed = entity == null ? null : byEntity.get(entity);
        return Optional.ofNullable(routed != null ? routed : byName.get(DEFAULT));
    }

    public Optional<Target> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<Target> all() {
        return byName.values();
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    @Override
    public void close() {
        byName.values().forEach(Target::close);
    }

    /**
     * A client of the target's Odoo; health probes use their own with short timeouts ({@code
     * connectTimeout} null: the client's default).
     */
    static OdooClient client(TargetConfig c, Duration requestTimeout, Duration connectTimeout) {
        OdooClient.Builder builder = OdooClient.builder()
                .url(c.url())
                .database(c.database())
                .login(c.user())
                .requestTimeout(requestTimeout)
                .maxConcurrentRequests(c.maxConcurrency())
                .userAgent("ledgerline");
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        if (c.apiKey()) {
            builder.apiKey(c.secret());
        } else {
            builder.password(c.secret());
        }
        c.companyId().ifPresent(company -> builder.context(OdooContext.empty().withAllowedCompanies(company)));
        return builder.build();
    }
}
