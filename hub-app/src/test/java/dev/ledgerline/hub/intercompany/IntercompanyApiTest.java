package dev.ledgerline.hub.intercompany;

import static dev.ledgerline.hub.testing.Envelopes.batch;
import static dev.ledgerline.hub.testing.Envelopes.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An engineer of entity us (standard cost 60.00 USD) works on a project of entity eu: us charges eu at
 * cost plus 15 %, i.e. 69.00 an hour; an analyst of us without a transfer rate for eu's other project is
 * listed, not charged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntercompanyApiTest {

    @LocalServerPort
    int port;

    private Api api;

    @DynamicPropertySource
    static void firm(DynamicPropertyRegistry registry) {
        registry.add("ledgerline.firm.entities.us.currency", () -> "USD");
        registry.add("ledgerline.firm.entities.eu.currency", () -> "EUR");
        registry.add("ledgerline.intercompany.transfer-rates[0].from", () -> "us");
        registry.add("ledgerline.intercompany.transfer-rates[0].to", () -> "eu");
        registry.add("ledgerline.intercompany.transfer-rates[0].role", () -> "engineer");
        registry.add("ledgerline.intercompany.transfer-rates[0].basis", () -> "cost-plus");
        registry.add("ledgerline.intercompany.transfer-rates[0].markup", () -> "0.15");
        registry.add("ledgerline.intercompany.transfer-rates[0].valid-from", () -> "2026-01-01");
    }

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private static String entry(String id, String employee, String project, String date, String hours) {
        return envelope("psa", "time_entry", id, 1, """
                {"employee":"hr:%s","project":"psa:%s","date":"%s","hours":%s,"status":"approved",
                 "approvedBy":"pm","approvedAt":"2026-03-31T12:00:00Z"}""".formatted(employee, project, date, hours));
    }

    @Test
    void crossEntityHoursAreChargedAtTheTransferRateAndUnratedOnesListed() {
        assertThat(api.postEvents(
                                TestTokens.PEOPLE,
                                batch(
                                        envelope("hr", "employee", "IC-ENG", 1, """
                                        {"name":"Eng","entity":"us","role":"engineer","standardHourlyCost":60.00,"currency":"USD"}"""),
                                        envelope("hr", "employee", "IC-ANA", 1, """
                                        {"name":"Ana","entity":"us","role":"analyst","standardHourlyCost":40.00,"currency":"USD"}"""),
                                        envelope("hr", "employee", "IC-EU", 1, """
                                        {"name":"Eve","entity":"eu","role":"engineer","standardHourlyCost":50.00,"currency":"EUR"}""")))
                        .status())
                .isEqualTo(200);
        assertThat(api.postEvents(
                                TestTokens.PSA,
                                batch(
                                        envelope("psa", "project", "IC-BERLIN", 1, """
                                        {"name":"Berlin","customer":"crm:C-INTERNAL","entity":"eu","kind":"internal"}"""),
                                        entry("IC-1", "IC-ENG", "IC-BERLIN", "2026-03-02", "7.5"),
                                        entry("IC-2", "IC-ENG", "IC-BERLIN", "2026-03-03", "2.25"),
                                        entry("IC-3", "IC-EU", "IC-BERLIN", "2026-03-03", "8"),
                                        entry("IC-4", "IC-ANA", "IC-BERLIN", "2026-03-04", "3"),
                                        entry("IC-5", "IC-ENG", "IC-BERLIN", "2026-04-01", "5")))
                        .status())
                .isEqualTo(200);

        Api.Answer answer = api.get(TestTokens.FINANCE, "/api/v1/billing/intercompany?from=2026-03-01&to=2026-03-31");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode charges = answer.json().path("charges");
        assertThat(charges).hasSize(1);
        JsonNode charge = charges.get(0);
        assertThat(charge.path("from").asString()).isEqualTo("us");
        assertThat(charge.path("to").asString()).isEqualTo("eu");
        assertThat(charge.path("currency").asString()).isEqualTo("USD");
        // (7.5 + 2.25) h × 69.00 = 672.75
        assertThat(charge.path("total").asString()).isEqualTo("672.75");
        JsonNode line = charge.path("lines").get(0);
        assertThat(line.path("hours").asString()).isEqualTo("9.75");
        assertThat(line.path("unitPrice").asString()).isEqualTo("69.00");
        assertThat(line.path("entries").toString()).contains("psa:time_entry:IC-1", "psa:time_entry:IC-2");
        JsonNode problems = answer.json().path("problems");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path("code").asString()).isEqualTo("NO_TRANSFER_RATE");
        assertThat(problems.get(0).path("entry").asString()).contains("IC-4");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        Api.Answer answer = api.get(TestTokens.FINANCE, "/api/v1/billing/intercompany?from=2026-03-31&to=2026-03-01");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("INVALID_VALUE");
    }
}
