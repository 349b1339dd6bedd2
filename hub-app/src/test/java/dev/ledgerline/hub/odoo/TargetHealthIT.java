package dev.ledgerline.hub.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.dispatch.DeliveryScenario;
import dev.ledgerline.hub.testing.Api;
import dev.ledgerline.hub.testing.Scrape;
import dev.ledgerline.hub.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Health with one Odoo target up (the sandbox) and one down (nothing listens on its port). */
class TargetHealthIT extends DeliveryScenario {

    private static final String BROKEN_SECRET = "do-not-show-this-key-7c1f";

    @DynamicPropertySource
    static void brokenTarget(DynamicPropertyRegistry registry) {
        registry.add("ledgerline.targets.broken.url", () -> "http://127.0.0.1:" + closedPort());
        registry.add("ledgerline.targets.broken.database", () -> "firm");
        registry.add("ledgerline.targets.broken.user", () -> "integration");
        registry.add("ledgerline.targets.broken.api-key", () -> BROKEN_SECRET);
        registry.add("ledgerline.targets.broken.entities", () -> "broken-entity");
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTargetThatIsDownShowsInHealthAndReadinessButNotInLivenessAndNoSecretIsShown() {
        Api api = new Api(port);

        Api.Answer anonymous = api.get(null, "/actuator/health");
        Api.Answer reader = api.get(TestTokens.READER, "/actuator/health");
        Api.Answer readiness = api.get(null, "/actuator/health/readiness");
        Api.Answer liveness = api.get(null, "/actuator/health/liveness");

        assertThat(anonymous.status()).isEqualTo(503);
        JsonNode odooHealth = anonymous.json().path("components").path("odoo").path("components");
        assertThat(odooHealth.path("default").path("status").asString()).isEqualTo("UP");
        assertThat(odooHealth.path("broken").path("status").asString()).isEqualTo("DOWN");
        assertThat(odooHealth.path("broken").has("details"))
                .as("no details without a token")
                .isFalse();
        assertThat(anonymous.json().path("components").path("db").path("status").asString())
                .isEqualTo("UP");
        JsonNode details = reader.json().path("components").path("odoo").path("components");
        assertThat(details.path("default").path("details").path("version").asString())
                .startsWith("18.");
        assertThat(details.path("default").path("details").path("url").asString())
                .isEqualTo(odoo.url());
        assertThat(details.path("default").path("details").path("circuit").asString())
                .isEqualTo("CLOSED");
        assertThat(details.path("broken").path("details").path("error").asString())
                .isNotBlank();
        assertThat(reader.body()).doesNotContain(BROKEN_SECRET).doesNotContain(odoo.apiKey());
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().path("status").asString()).isEqualTo("UP");
        Scrape metrics = Scrape.of(api, TestTokens.OPERATOR);
        assertThat(metrics.value("ledgerline_target_circuit_state", "target=broken", "state=CLOSED"))
                .isEqualTo(1);
        assertThat(metrics.value("ledgerline_backlog_records", "state=PENDING", "target=broken"))
                .isZero();
    }
}
