package dev.ledgerline.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.demo.DemoExchangeRate;
import dev.ledgerline.core.demo.DemoFirm;
import dev.ledgerline.core.demo.DemoFirmConfig;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.FirmRate;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.hub.firm.ExchangeRateRepository;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo firm in a running hub: its configuration as {@code ledgerline.firm.*} properties, its
 * Odoo companies' exchange rates stored as if pulled, its envelopes ingested through the API; and
 * the same firm as hub-core's calculators read it, to compare with what the hub answers.
 */
public final class DemoFirmHub {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoFirmHub() {}

    /** The firm's entities, calendars and rate card as the hub's configuration. */
    public static void configure(DynamicPropertyRegistry registry, DemoFirm firm) {
        DemoFirmConfig config = firm.config();
        for (EntitySettings e : config.entities()) {
            String p = "ledgerline.firm.entities." + e.id() + ".";
            registry.add(p + "currency", e::currency);
            registry.add(p + "time-zone", () -> e.timeZone().getId());
            registry.add(
                    p + "working-days",
                    () -> e.workingDays().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
            if (!e.holidays().isEmpty()) {
                registry.add(
                        p + "holidays",
                        () -> e.holidays().stream()
                                .sorted()
                                .map(Object::toString)
                                .collect(Collectors.joining(",")));
            }
            registry.add(p + "tm-revenue", () -> e.tmRevenue().name());
            if (e.groupCurrency() != null) {
                registry.add(p + "group-currency", e::groupCurrency);
            }
        }
        List<FirmRate> rates = config.firmRateCard().rates();
        for (int i = 0; i < rates.size(); i++) {
            FirmRate r = rates.get(i);
            String p = "ledgerline.firm.rate-card[" + i + "].";
            registry.add(p + "entity", r::entity);
            registry.add(p + "role", r::role);
            registry.add(p + "rate", () -> r.rate().toPlainString());
            registry.add(p + "valid-from", () -> r.validFrom().toString());
        }
    }

    /** Stores each Odoo company's rates as the pull from Odoo would. */
    public static void storeRates(ExchangeRateRepository repository, DemoFirm firm) {
        Map<String, List<ExchangeRateRepository.Rate>> byEntity = new LinkedHashMap<>();
        for (DemoExchangeRate r : firm.config().exchangeRates()) {
            byEntity.computeIfAbsent(r.entity(), k -> new ArrayList<>())
                    .add(new ExchangeRateRepository.Rate(r.currency(), r.date(), r.rate()));
        }
        byEntity.forEach(repository::store);
    }

    /** Posts every envelope in batches and answers how many were sent; each must be accepted. */
    public static int ingest(Api api, DemoFirm firm) {
        return ingest(api, firm.batches(500));
    }

    /** Posts envelopes in the given batches; each must be accepted. */
    public static int ingest(Api api, Iterator<List<Map<String, Object>>> batches) {
        int sent = 0;
        while (batches.hasNext()) {
            List<Map<String, Object>> batch = batches.next();
            Api.Answer answer = api.postEvents(TestTokens.DEMO_FEED, JSON.writeValueAsString(Map.of("events", batch)));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            for (int i = 0; i < batch.size(); i++) {
                assertThat(answer.status(i))
                        .as("%s %s: %s", batch.get(i).get("type"), batch.get(i).get("externalId"), answer.result(i))
                        .isEqualTo("accepted");
            }
            sent += batch.size();
        }
        return sent;
    }

    /** The firm's settings as the calculators read them: entities, rate card and each company's rates. */
    public static FirmSettings settings(DemoFirm firm) {
        DemoFirmConfig config = firm.config();
        Map<String, EntitySettings> entities = new LinkedHashMap<>();
        Map<String, ExchangeRates> rates = new LinkedHashMap<>();
        for (EntitySettings e : config.entities()) {
            entities.put(e.id(), e);
            rates.put(e.id(), config.exchangeRates(e.id()));
        }
        return new FirmSettings(entities, config.firmRateCard(), rates, null);
    }

    /** Every version the firm sends, typed. */
    public static List<RecordVersion<CanonicalRecord>> records(DemoFirm firm) {
        return firm.records().toList();
    }
}
