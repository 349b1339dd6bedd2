package dev.ledgerline.hub.projection;

import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.hub.firm.ExchangeRateRepository;
import dev.ledgerline.hub.firm.FirmConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The firm's settings as the hub-core rules read them: the configured entities and rate card, and
 * each entity company's exchange rates as last pulled from Odoo (read afresh on every call, so a
 * derivation sees the rates stored in its own transaction).
 */
@Component
public class CurrentFirmSettings {

    private final FirmConfiguration firm;
    private final ExchangeRateRepository rates;

    CurrentFirmSettings(FirmConfiguration firm, ExchangeRateRepository rates) {
        this.firm = firm;
        this.rates = rates;
    }

    public FirmSettings get() {
        Map<String, ExchangeRates> byEntity = new LinkedHashMap<>();
        for (EntitySettings entity : firm.entities()) {
            byEntity.put(entity.id(), rates.ratesOf(entity));
        }
        return new FirmSettings(firm.entitiesById(), firm.rateCard(), byEntity, null);
    }

    /**
     * What the facts depend on besides the records and the exchange rates: a change of it at startup
     * rebuilds every fact.
     */
    String fingerprint(ProjectionProperties properties) {
        StringBuilder s = new StringBuilder("facts-v1");
        new TreeMap<>(firm.entitiesById())
                .forEach((id, e) -> s.append('|')
                        .append(id)
                        .append(',')
                        .append(e.currency())
                        .append(',')
                        .append(new java.util.TreeSet<>(e.workingDays()))
                        .append(',')
                        .append(new java.util.TreeSet<>(e.holidays())));
        firm.rateCard().rates().stream()
                .map(r -> r.entity() + "," + r.role() + "," + r.rate().toPlainString() + "," + r.currency() + ","
                        + r.validFrom())
                .sorted()
                .forEach(r -> s.append('|').append(r));
        s.append('|').append(properties.capacityFrom()).append(',').append(properties.capacityUntil());
        return Fingerprint.sha256(s.toString());
    }
}
