package dev.ledgerline.odoo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RealOdooLocatorTest {

    @Test
    void serverNamedByTheEnvironmentIsUsedAsItIsAndNeverReset() {
        var located = RealOdooLocator.find(Map.of(
                "ODOO_URL", "http://odoo.example:8069",
                "ODOO_DB", "prod",
                "ODOO_USER", "integration",
                "ODOO_API_KEY", "k-123-secret"));

        assertThat(located.server()).isNotNull();
        assertThat(located.server().url()).hasToString("http://odoo.example:8069");
        assertThat(located.server().database()).isEqualTo("prod");
        assertThat(located.server().user()).isEqualTo("integration");
        assertThat(located.server().secret()).isEqualTo("k-123-secret");
        assertThat(located.server().resettable()).isFalse();
    }

    @Test
    void apiKeyIsPreferredOverPasswordAsTheSecret() {
        var located = RealOdooLocator.find(
                Map.of("ODOO_URL", "http://127.0.0.1:1", "ODOO_DB", "d", "ODOO_PASSWORD", "pw", "ODOO_API_KEY", "key"));

        assertThat(located.server().secret()).isEqualTo("key");
        assertThat(located.server().password()).isEqualTo("pw");
    }

    @Test
    void incompleteEnvironmentIsExplainedInsteadOfGuessed() {
        var located = RealOdooLocator.find(Map.of("ODOO_URL", "http://127.0.0.1:1"));

        assertThat(located.server()).isNull();
        assertThat(located.reason()).contains("ODOO_DB");
    }

    @Test
    void secretsNeverAppearInTheServersDescription() {
        var located = RealOdooLocator.find(Map.of(
                "ODOO_URL",
                "http://127.0.0.1:1",
                "ODOO_DB",
                "d",
                "ODOO_PASSWORD",
                "pw-zz9",
                "ODOO_API_KEY",
                "key-zz9"));

        assertThat(located.server().toString()).doesNotContain("pw-zz9").doesNotContain("key-zz9");
    }
}
