package dev.ledgerline.hub.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.hub.odoo.TargetProperties.BreakerSettings;
import dev.ledgerline.hub.odoo.TargetProperties.TargetDefaults;
import dev.ledgerline.hub.odoo.TargetProperties.TargetSettings;
import dev.ledgerline.odoo.client.OdooAccessDeniedException;
import dev.ledgerline.odoo.client.OdooTransportException;
import dev.ledgerline.odoo.client.OdooValidationException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final TargetDefaults DEFAULTS =
            new TargetDefaults(20, 4, Duration.ofSeconds(120), 50, 4, 4, Duration.ofSeconds(30), 1);

    private static TargetSettings settings(String url, String apiKey, List<String> entities) {
        return new TargetSettings(url, "firm", "integration", apiKey, null, 1L, entities, null, null, null, null);
    }

    private static Targets targets(Map<String, TargetSettings> settings) {
        return new Targets(new TargetProperties(settings, DEFAULTS), Clock.systemUTC());
    }

    @Test
    void entityIsRoutedToTheTargetListingItAndEverythingElseToTheDefault() {
        Map<String, TargetSettings> settings = new LinkedHashMap<>();
        settings.put("default", settings("http://127.0.0.1:8069", "key-1", List.of()));
        settings.put("uk", settings("http://127.0.0.1:8070", "key-2", List.of("uk", "ie")));

        try (Targets targets = targets(settings)) {
            assertThat(targets.forEntity("ie").orElseThrow().name()).isEqualTo("uk");
            assertThat(targets.forEntity("uk").orElseThrow().name()).isEqualTo("uk");
            assertThat(targets.forEntity("us").orElseThrow().name()).isEqualTo("default");
            assertThat(targets.forEntity(null).orElseThrow().name()).isEqualTo("default");
        }
    }

    @Test
    void targetWithoutUrlIsNotConfigured() {
        try (Targets targets = targets(Map.of("default", settings("", "", List.of())))) {
            assertThat(targets.isEmpty()).isTrue();
            assertThat(targets.forEntity("us")).isEmpty();
        }
    }

    @Test
    void missingCredentialStopsStartupNamingTheProperty() {
        assertThatThrownBy(() -> targets(Map.of("default", settings("http://127.0.0.1:8069", " ", List.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ledgerline.targets.default.api-key");
    }

    @Test
    void invalidBreakerSettingNamesItsProperty() {
        TargetSettings s = new TargetSettings(
                "http://127.0.0.1:8069",
                "firm",
                "integration",
                "key",
                null,
                null,
                List.of(),
                null,
                null,
                null,
                new BreakerSettings(150f, null, null, null, null));

        assertThatThrownBy(() -> targets(Map.of("eu", s)))
                .hasMessageContaining("ledgerline.targets.eu.breaker.failure-rate-threshold");
    }

    @Test
    void secretsAreNeverInTheTextOfSettingsOrTargets() {
        String secret = "s3cr3t-api-key-value";
        TargetSettings s = settings("http://127.0.0.1:8069", secret, List.of());

        try (Targets targets = targets(Map.of("default", s))) {
            assertThat(s.toString()).doesNotContain(secret).contains("<hidden>");
            assertThat(targets.all().toString()).doesNotContain(secret);
            assertThat(TargetConfig.resolve("default", s, DEFAULTS).toString()).doesNotContain(secret);
        }
    }

    @Test
    void circuitOpensOnTransportFailuresAndNotOnDataErrors() {
        try (Targets targets = targets(Map.of("default", settings("http://127.0.0.1:8069", "key", List.of())))) {
            Target target = targets.byName("default").orElseThrow();
            for (int i = 0; i < 8; i++) {
                callFailing(
                        target,
                        new OdooValidationException(
                                "odoo.exceptions.ValidationError", "bad", "res.partner", "create", 0, null));
            }
            assertThat(target.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);

            // the window holds 4 calls: two failures among them reach the 50 % threshold
            for (int i = 0; i < 2; i++) {
                callFailing(
                        target,
                        new OdooTransportException(
                                "http.503", "unavailable", "res.partner", "create", 503, false, null));
            }

            assertThat(target.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThatThrownBy(() -> target.call(() -> 1)).isInstanceOf(CallNotPermittedException.class);
        }
    }

    @Test
    void accessErrorOpensTheCircuitAtOnce() {
        try (Targets targets = targets(Map.of("default", settings("http://127.0.0.1:8069", "key", List.of())))) {
            Target target = targets.byName("default").orElseThrow();
            callFailing(
                    target,
                    new OdooAccessDeniedException(
                            "odoo.exceptions.AccessDenied", "denied", null, "authenticate", 0, null));

            target.refuseAccess();

            assertThat(target.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        }
    }

    private static void callFailing(Target target, RuntimeException failure) {
        try {
            target.call(() -> {
                throw failure;
            });
        } catch (RuntimeException expected) {
            assertThat(expected).isSameAs(failure);
        }
    }
}
