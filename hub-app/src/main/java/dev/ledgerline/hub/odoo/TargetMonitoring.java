package dev.ledgerline.hub.odoo;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What operators watch of the targets: the health component {@code odoo} (one entry per target, part
 * of readiness) and the gauge {@code ledgerline.target.circuit.state} (1 for each target's current
 * circuit state, 0 for the others).
 */
@Configuration(proxyBeanMethods = false)
class TargetMonitoring {

    private static final List<CircuitBreaker.State> STATES = List.of(
            CircuitBreaker.State.CLOSED,
            CircuitBreaker.State.OPEN,
            CircuitBreaker.State.HALF_OPEN,
            CircuitBreaker.State.FORCED_OPEN);

    TargetMonitoring(Targets targets, MeterRegistry registry) {
        for (Target target : targets.all()) {
            for (CircuitBreaker.State state : STATES) {
                Gauge.builder(
                                "ledgerline.target.circuit.state",
                                target,
                                t -> t.circuitBreaker().getState() == state ? 1 : 0)
                        .description("1 for the current circuit state of each Odoo target")
                        .tags("target", target.name(), "state", state.name())
                        .register(registry);
            }
        }
    }

    /** Named {@code odoo} in the health answer; absent when no target is configured. */
    @Bean
    HealthContributor odooHealthContributor(Targets targets, HealthProperties properties, Clock clock) {
        Map<String, HealthContributor> byTarget = new LinkedHashMap<>();
        targets.all().forEach(t -> byTarget.put(t.name(), new TargetHealth(t, properties, clock)));
        if (byTarget.isEmpty()) {
            return (org.springframework.boot.health.contributor.HealthIndicator)
                    () -> org.springframework.boot.health.contributor.Health.unknown()
                            .withDetail("targets", "none configured")
                            .build();
        }
        return CompositeHealthContributor.fromMap(byTarget);
    }
}
