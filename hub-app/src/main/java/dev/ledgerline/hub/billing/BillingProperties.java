package dev.ledgerline.hub.billing;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledgerline.billing.*}.
 *
 * @param schedule the daily run of contracts on their invoice day
 * @param roundTaxGlobally entities whose Odoo company rounds tax globally
 *     ({@code tax_calculation_rounding_method = round_globally}): their proposals estimate tax per tax
 *     over the summed lines instead of per line
 */
@ConfigurationProperties("ledgerline.billing")
public record BillingProperties(@DefaultValue Schedule schedule, Set<String> roundTaxGlobally) {

    public BillingProperties {
        roundTaxGlobally = roundTaxGlobally == null ? Set.of() : Set.copyOf(roundTaxGlobally);
    }

    /**
     * @param enabled whether the hub runs billing by itself each day
     * @param timeOfDay the local time from which the day's run starts (what the ledger holds then is billed)
     * @param zone the time zone of {@code timeOfDay} and of "today"
     * @param checkInterval how often the hub looks whether the day's run is due
     * @param defaultInvoiceDay the invoice day of a contract that names none (31: the last day of the month)
     */
    public record Schedule(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("23:00") LocalTime timeOfDay,
            @DefaultValue("UTC") ZoneId zone,
            @DefaultValue("1m") Duration checkInterval,
            @DefaultValue("31") int defaultInvoiceDay) {

        public Schedule {
            if (defaultInvoiceDay < 1 || defaultInvoiceDay > 31) {
                throw new IllegalArgumentException("ledgerline.billing.schedule.default-invoice-day must be 1 to 31");
            }
            if (checkInterval.isNegative() || checkInterval.isZero()) {
                throw new IllegalArgumentException("ledgerline.billing.schedule.check-interval must be positive");
            }
        }
    }
}
