package dev.ledgerline.hub.firm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the hub keeps each entity's exchange rates equal to its Odoo company's ({@code
 * ledgerline.exchange-rates.*}).
 *
 * @param pull whether the hub reads the rates from Odoo at all (off: conversions find no rate)
 * @param interval how often they are read again; the first read is at start
 */
@ConfigurationProperties("ledgerline.exchange-rates")
public record ExchangeRateProperties(Boolean pull, Duration interval) {

    public ExchangeRateProperties {
        pull = pull == null ? Boolean.TRUE : pull;
        interval = interval == null ? Duration.ofHours(1) : interval;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("ledgerline.exchange-rates.interval must be positive");
        }
    }
}
