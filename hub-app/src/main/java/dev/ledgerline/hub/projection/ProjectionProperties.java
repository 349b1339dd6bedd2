package dev.ledgerline.hub.projection;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledgerline.projection.*}: how the report facts are kept.
 *
 * @param capacityFrom first day whose capacity is kept per employee and working day; capacity and
 *     utilization reports starting earlier are refused
 * @param capacityUntil last day whose capacity is kept; reports ending later are refused
 */
@ConfigurationProperties("ledgerline.projection")
public record ProjectionProperties(
        @DefaultValue("2025-01-01") LocalDate capacityFrom,
        @DefaultValue("2027-12-31") LocalDate capacityUntil) {

    public ProjectionProperties {
        if (capacityUntil.isBefore(capacityFrom)) {
            throw new IllegalArgumentException(
                    "ledgerline.projection.capacity-until must not be before ledgerline.projection.capacity-from");
        }
        if (capacityFrom.plusYears(20).isBefore(capacityUntil)) {
            throw new IllegalArgumentException(
                    "ledgerline.projection.capacity-from … capacity-until may span at most 20 years");
        }
    }

    /** Whether capacity is kept for every day of {@code from}–{@code to}. */
    public boolean coversCapacity(LocalDate from, LocalDate to) {
        return !from.isBefore(capacityFrom) && !to.isAfter(capacityUntil);
    }
}
