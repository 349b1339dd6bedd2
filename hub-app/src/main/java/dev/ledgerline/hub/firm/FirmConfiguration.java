package dev.ledgerline.hub.firm;

import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.FirmRate;
import dev.ledgerline.core.firm.FirmRateCard;
import dev.ledgerline.core.firm.PeriodLock;
import dev.ledgerline.core.firm.TaxRule;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The firm's configuration as {@code hub-core} records, built once from {@link FirmProperties}. */
@Component
public class FirmConfiguration {

    private final Map<String, EntitySettings> entities;
    private final FirmRateCard rateCard;
    private final List<TaxRule> taxRules;

    public FirmConfiguration(FirmProperties properties) {
        this.entities = properties.entities().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> settings(e.getKey(), e.getValue())));
        this.rateCard = new FirmRateCard(properties.rateCard().stream()
                .map(r -> new FirmRate(
                        r.entity(), r.role(), r.rate(), entities.get(r.entity()).currency(), r.validFrom()))
                .toList());
        this.taxRules = properties.taxRules().stream()
                .map(t -> new TaxRule(
                        t.entity(), t.taxCode(), t.serviceType(), t.countryOrFiscalPosition(), t.odooTaxId(), t.rate()))
                .toList();
    }

    /** The settings of a configured entity. */
    public Optional<EntitySettings> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Collection<EntitySettings> entities() {
        return entities.values();
    }

    public Map<String, EntitySettings> entitiesById() {
        return entities;
    }

    public FirmRateCard rateCard() {
        return rateCard;
    }

    public List<TaxRule> taxRules() {
        return taxRules;
    }

    private static EntitySettings settings(String id, FirmProperties.Entity e) {
        List<PeriodLock> locks = e.periodLocks() == null
                ? List.of()
                : e.periodLocks().stream()
                        .map(l -> new PeriodLock(l.from(), l.to()))
                        .toList();
        return new EntitySettings(
                id,
                e.currency(),
                e.timeZone(),
                e.workingDays(),
                e.holidays(),
                e.holidays() != null && !e.holidays().isEmpty(),
                locks,
                e.tmRevenue(),
                e.lockPolicy(),
                e.groupCurrency());
    }
}
