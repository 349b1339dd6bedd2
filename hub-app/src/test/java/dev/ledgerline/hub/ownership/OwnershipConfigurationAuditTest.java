package dev.ledgerline.hub.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ownership.OwnershipPolicy;
import dev.ledgerline.core.ownership.OwnershipRules;
import dev.ledgerline.core.ownership.TypeOwnership;
import dev.ledgerline.hub.audit.AuditEntry;
import dev.ledgerline.hub.audit.AuditLog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** An ownership configuration that differs from the last recorded one is audited once, with its changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OwnershipConfigurationAuditTest {

    @Autowired
    OwnershipConfigurationAudit configurationAudit;

    @Autowired
    AuditLog audit;

    @Test
    void aChangedConfigurationIsRecordedOnceWithEachChangedSetting() {
        OwnershipPolicy defaults = new OwnershipPolicy(OwnershipRules.defaults());
        OwnershipPolicy changed = new OwnershipPolicy(OwnershipRules.defaults()
                .with(RecordType.CUSTOMER, TypeOwnership.ownedBy("salesforce").withField("billingEmail", "portal")));

        boolean unchangedAtStart = configurationAudit.recordIfChanged(defaults);
        boolean first = configurationAudit.recordIfChanged(changed);
        boolean again = configurationAudit.recordIfChanged(changed);
        AuditEntry recorded = audit.find(null, "ownership.configured", 0, 1000).getLast();
        boolean back = configurationAudit.recordIfChanged(defaults);

        assertThat(List.of(unchangedAtStart, first, again, back)).containsExactly(false, true, false, true);
        assertThat(recorded.actor()).isEqualTo("system:startup");
        assertThat(recorded.details())
                .contains("{\"from\":\"crm\",\"setting\":\"types.customer.owner\",\"to\":\"salesforce\"}")
                .contains("{\"from\":null,\"setting\":\"types.customer.fields.billingemail\",\"to\":\"portal\"}");
    }
}
