package dev.ledgerline.hub.firm;

import dev.ledgerline.core.firm.EntitySettings.LockPolicy;
import dev.ledgerline.core.firm.EntitySettings.TmRevenue;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledgerline.firm.*}: the legal entities of the firm, its dated rate card and its tax rules.
 *
 * @param entities the legal entities by id (the {@code entity} of envelopes)
 * @param rateCard the firm rate card: one line per entity, role and start date
 * @param taxRules the mapping of contract tax codes to Odoo taxes per entity
 */
@ConfigurationProperties("ledgerline.firm")
public record FirmProperties(Map<String, Entity> entities, List<Rate> rateCard, List<TaxRule> taxRules) {

    public FirmProperties {
        entities = entities == null ? Map.of() : Map.copyOf(entities);
        rateCard = rateCard == null ? List.of() : List.copyOf(rateCard);
        taxRules = taxRules == null ? List.of() : List.copyOf(taxRules);
        for (Rate rate : rateCard) {
            if (!entities.containsKey(rate.entity())) {
                throw new IllegalArgumentException(
                        "ledgerline.firm.rate-card names entity '" + rate.entity() + "' that is not configured");
            }
        }
        for (TaxRule rule : taxRules) {
            if (!entities.containsKey(rule.entity())) {
                throw new IllegalArgumentException(
                        "ledgerline.firm.tax-rules names entity '" + rule.entity() + "' that is not configured");
            }
        }
    }

    /**
     * One legal entity.
     *
     * @param currency the entity's (and its Odoo company's) currency
     * @param timeZone the time zone business dates are read in (default UTC)
     * @param workingDays the working days of the week (default Monday to Friday)
     * @param holidays the holiday calendar; when set, public holidays come only from here
     * @param periodLocks locked periods in which no financial record may be dated
     * @param tmRevenue basis of time-and-materials revenue: {@code as_billed} (default) or {@code as_performed}
     * @param lockPolicy changes dated in a locked period: {@code book_in_open_period} (default) or {@code reject}
     * @param groupCurrency an optional group currency for reports
     */
    public record Entity(
            String currency,
            ZoneId timeZone,
            Set<DayOfWeek> workingDays,
            Set<LocalDate> holidays,
            List<Lock> periodLocks,
            TmRevenue tmRevenue,
            LockPolicy lockPolicy,
            String groupCurrency) {

        public Entity {
            if (currency == null || currency.isBlank()) {
                throw new IllegalArgumentException("ledgerline.firm.entities.<id>.currency is required");
            }
        }
    }

    /** A locked period, both ends inclusive. */
    public record Lock(LocalDate from, LocalDate to) {}

    /** One line of the firm rate card, in the entity's currency. */
    public record Rate(String entity, String role, BigDecimal rate, LocalDate validFrom) {}

    /**
     * One tax rule: the contract tax code, optionally only for a service type and a customer country or
     * fiscal position, mapped to an Odoo tax id and its rate as a fraction.
     */
    public record TaxRule(
            String entity,
            String taxCode,
            String serviceType,
            String countryOrFiscalPosition,
            long odooTaxId,
            BigDecimal rate) {}
}
