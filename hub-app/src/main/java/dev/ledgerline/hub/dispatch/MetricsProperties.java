package dev.ledgerline.hub.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hub's own gauges.
 *
 * @param backlogInterval how often the backlog gauges count the ledger (one grouped query)
 */
@ConfigurationProperties("ledgerline.metrics")
public record MetricsProperties(@DefaultValue("15s") Duration backlogInterval) {

    public MetricsProperties {
        if (backlogInterval.isNegative() || backlogInterval.isZero()) {
            throw new IllegalArgumentException("ledgerline.metrics.backlog-interval must be positive");
        }
    }
}
