package dev.ledgerline.hub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.demo.DemoFirm;
import dev.ledgerline.core.demo.DemoFirmConfig;
import dev.ledgerline.core.demo.DemoFirmSpec;
import dev.ledgerline.core.demo.DemoTax;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.firm.FirmRate;
import dev.ledgerline.core.numbers.Rounding;
import dev.ledgerline.hub.firm.ExchangeRateRepository;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The small demo firm (two entities, every billing model, a quarter of work) ingested through the API
 * and billed month by month: every proposal adds up to the cent, a re-run changes nothing, and no
 * entry is on two open proposals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoFirmBillingTest {

    static final DemoFirm FIRM = DemoFirm.generate(DemoFirmSpec.small());
    static final String FEED = "llk_pjxoWOASLspfzj25UIeFw20yq3gHMPSn_3XX0up";
    static final String FINANCE = "llk_a0fqq6ChisuMe3Jc7K3HaOtfKKZq8vnB_3NwdtC";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class Clocked {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(FIRM.config().asOf());
        }
    }

    @DynamicPropertySource
    static void firm(DynamicPropertyRegistry registry) {
        DemoFirmConfig config = FIRM.config();
        for (EntitySettings e : config.entities()) {
            registry.add("ledgerline.firm.entities." + e.id() + ".currency", e::currency);
            registry.add(
                    "ledgerline.firm.entities." + e.id() + ".time-zone",
                    () -> e.timeZone().getId());
        }
        List<FirmRate> rates = config.firmRateCard().rates();
        for (int i = 0; i < rates.size(); i++) {
            FirmRate r = rates.get(i);
            String at = "ledgerline.firm.rate-card[" + i + "].";
            registry.add(at + "entity", r::entity);
            registry.add(at + "role", r::role);
            registry.add(at + "rate", () -> r.rate().toPlainString());
            registry.add(at + "valid-from", () -> r.validFrom().toString());
        }
        List<DemoTax> taxes = config.taxes();
        for (int i = 0; i < taxes.size(); i++) {
            DemoTax t = taxes.get(i);
            String at = "ledgerline.firm.tax-rules[" + i + "].";
            long id = i + 1;
            registry.add(at + "entity", t::entity);
            registry.add(at + "tax-code", t::taxCode);
            if (t.serviceType() != null) {
                registry.add(at + "service-type", t::serviceType);
            }
            if (t.country() != null) {
                registry.add(at + "country-or-fiscal-position", t::country);
            }
            registry.add(at + "odoo-tax-id", () -> Long.toString(id));
            registry.add(at + "rate", () -> t.rate().toPlainString());
        }
        registry.add("ledgerline.security.tokens[0].name", () -> "demo-feed");
        registry.add("ledgerline.security.tokens[0].token", () -> FEED);
        registry.add(
                "ledgerline.security.tokens[0].scopes",
                () -> String.join(
                        ",",
                        config.sources().stream().map(s -> "ingest:" + s.id()).toList()));
        registry.add("ledgerline.security.tokens[1].name", () -> "finance");
        registry.add("ledgerline.security.tokens[1].token", () -> FINANCE);
        registry.add("ledgerline.security.tokens[1].scopes", () -> "finance");
    }

    @LocalServerPort
    int port;

    @Autowired
    ExchangeRateRepository exchangeRates;

    @Test
    void aQuarterOfTheDemoFirmBillsToTheCentIdempotentlyAndNeverTwice() {
        Api api = new Api(port);
        DemoFirmConfig config = FIRM.config();
        for (EntitySettings e : config.entities()) {
            exchangeRates.store(
                    e.id(),
                    config.exchangeRates().stream()
                            .filter(r -> r.entity().equals(e.id()))
                            .map(r -> new ExchangeRateRepository.Rate(r.currency(), r.date(), r.rate()))
                            .toList());
        }
        int sent = 0;
        List<String> refused = new ArrayList<>();
        for (Iterator<List<Map<String, Object>>> batches = FIRM.batches(500); batches.hasNext(); ) {
            List<Map<String, Object>> batch = batches.next();
            Api.Answer answer = api.postEvents(FEED, JSON.writeValueAsString(Map.of("events", batch)));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            for (int i = 0; i < batch.size(); i++) {
                if (answer.status(i).equals("rejected")) {
                    refused.add(batch.get(i).get("type") + " " + batch.get(i).get("externalId") + " "
                            + answer.result(i).path("errors"));
                }
            }
            sent += batch.size();
        }

        List<JsonNode> all = new ArrayList<>();
        for (String runDate : List.of("2026-01-31", "2026-02-28", "2026-03-31")) {
            all.addAll(run(api, runDate));
        }
        List<JsonNode> again = run(api, "2026-03-31");

        assertThat(refused).as("refused of " + sent).isEmpty();
        assertThat(all).hasSizeGreaterThan(10);
        TreeSet<String> kinds = new TreeSet<>();
        Map<String, String> billedBy = new HashMap<>();
        for (JsonNode p : all) {
            BigDecimal untaxed = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            for (JsonNode line : p.path("lines")) {
                kinds.add(line.path("kind").asString());
                BigDecimal amount = line.path("amount").decimalValue();
                assertThat(amount)
                        .as(p.path("id") + " " + line.path("description"))
                        .isEqualByComparingTo(Rounding.cents(line.path("quantity")
                                .decimalValue()
                                .multiply(line.path("unitPrice").decimalValue())));
                untaxed = untaxed.add(amount);
                if (!line.path("estimatedTax").isNull()) {
                    tax = tax.add(line.path("estimatedTax").decimalValue());
                }
                if (line.path("kind").asString().equals("time")
                        && p.path("kind").asString().equals("invoice")) {
                    for (JsonNode s : line.path("sources")) {
                        String previous = billedBy.put(
                                s.path("ref").asString(), p.path("id").asString());
                        assertThat(previous).as(s.path("ref") + " billed twice").isNull();
                    }
                }
            }
            assertThat(p.path("untaxedAmount").decimalValue()).isEqualByComparingTo(untaxed);
            if (!p.path("estimatedTax").isNull()) {
                assertThat(p.path("estimatedTax").decimalValue()).isEqualByComparingTo(tax);
                assertThat(p.path("total").decimalValue()).isEqualByComparingTo(untaxed.add(tax));
            }
        }
        assertThat(kinds).contains("time", "retainer", "subscription", "milestone", "expense");
        assertThat(again)
                .isEqualTo(all.stream()
                        .filter(p -> p.path("invoiceDate").asString().startsWith("2026-03"))
                        .toList());
    }

    private List<JsonNode> run(Api api, String runDate) {
        Api.Answer answer = api.post(FINANCE, "/api/v1/billing/runs", "{\"runDate\":\"" + runDate + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> proposals = new ArrayList<>();
        BillingFixture.exact(answer).path("proposals").forEach(proposals::add);
        return proposals;
    }
}
