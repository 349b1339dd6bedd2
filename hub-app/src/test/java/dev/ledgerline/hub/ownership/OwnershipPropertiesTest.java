package dev.ledgerline.hub.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ownership.OwnershipMode;
import dev.ledgerline.core.ownership.OwnershipRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnershipPropertiesTest {

    @Test
    void settingsOverrideTheDefaultsPerTypeAndField() {
        OwnershipProperties properties = new OwnershipProperties(
                OwnershipMode.IGNORE,
                Map.of(
                        "customer",
                        new OwnershipProperties.TypeSettings("salesforce", null, Map.of("billingEmail", "portal")),
                        "timeentry", // how Spring binds the map key time_entry
                        new OwnershipProperties.TypeSettings("harvest", OwnershipMode.REJECT, null)));

        OwnershipRules rules = properties.rules();

        assertThat(rules.ownerOf(RecordType.CUSTOMER, "vatNumber")).isEqualTo("salesforce");
        assertThat(rules.ownerOf(RecordType.CUSTOMER, "billingEmail")).isEqualTo("portal");
        assertThat(rules.ownerOf(RecordType.TIME_ENTRY, "hours")).isEqualTo("harvest");
        assertThat(rules.modeOf(RecordType.TIME_ENTRY)).isEqualTo(OwnershipMode.REJECT);
        assertThat(rules.modeOf(RecordType.CUSTOMER)).isEqualTo(OwnershipMode.IGNORE);
        assertThat(rules.ownerOf(RecordType.EMPLOYEE, "name")).isEqualTo("hr");
    }

    @Test
    void anUnknownTypeStopsStartupWithThePropertyName() {
        assertThatThrownBy(() -> new OwnershipProperties(
                        OwnershipMode.REJECT,
                        Map.of("widget", new OwnershipProperties.TypeSettings("crm", null, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ledgerline.ownership.types.widget: unknown record type");
    }

    @Test
    void anOwnerThatIsNoSourceIdStopsStartupWithThePropertyName() {
        assertThatThrownBy(() -> new OwnershipProperties(
                        OwnershipMode.REJECT,
                        Map.of(
                                "customer",
                                new OwnershipProperties.TypeSettings(null, null, Map.of("vatNumber", "the crm")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ledgerline.ownership.types.customer: owner of vatNumber");
    }
}
