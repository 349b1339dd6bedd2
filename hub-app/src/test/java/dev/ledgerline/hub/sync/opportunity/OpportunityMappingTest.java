package dev.ledgerline.hub.sync.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Opportunity;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.hub.sync.SyncProperties;
import dev.ledgerline.hub.sync.SyncProperties.FlowSettings;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import dev.ledgerline.hub.testing.Canonical;
import dev.ledgerline.hub.testing.KnownOdoo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpportunityMappingTest {

    private static final RecordKey CUSTOMER = RecordKey.of("crm", RecordType.CUSTOMER, "ACC-1");

    private final DeliveryChecks firm = new DeliveryChecks(Map.of("us", EntitySettings.of("us", "USD")), Set.of());
    private final OpportunityMapping mapping = new OpportunityMapping(SyncProperties.defaults(), firm);

    private final KnownOdoo odoo = new KnownOdoo()
            .company(3)
            .parent(CUSTOMER, 41)
            .holds("crm.stage", "name", "Proposition", 3)
            .ledger(CUSTOMER, new Customer("Acme", "us", null, "US", "USD", 30, null, null, null));

    private static Opportunity opportunity(String stage, String currency) {
        return Canonical.read("crm", "opportunity", """
                {"customer":"ACC-1","name":"Phase 2","stage":"%s","expectedRevenue":"120000.00","probability":"60",
                 "expectedCloseDate":"2026-06-30","currency":"%s"}""".formatted(stage, currency), Opportunity.class);
    }

    @Test
    void opportunityBecomesACrmOpportunityInItsStageWithRevenueProbabilityAndCloseDate() {
        Map<String, Object> values = mapping.values(opportunity("Proposition", "USD"), odoo);

        assertThat(values)
                .containsEntry("type", "opportunity")
                .containsEntry("name", "Phase 2")
                .containsEntry("partner_id", 41L)
                .containsEntry("stage_id", 3L)
                .containsEntry("expected_revenue", new BigDecimal("120000.00"))
                .containsEntry("probability", new BigDecimal("60"))
                .containsEntry("date_deadline", LocalDate.of(2026, 6, 30))
                .containsEntry("company_id", 3L);
        assertThat(mapping.fields()).containsAll(values.keySet());
        assertThat(mapping.model()).isEqualTo("crm.lead");
    }

    @Test
    void aStageOdooDoesNotHaveIsLeftToOdoo() {
        assertThat(mapping.values(opportunity("Negotiation", "USD"), odoo)).doesNotContainKey("stage_id");
    }

    @Test
    void configuredStageIdsComeBeforeTheLookUp() {
        OpportunityMapping configured = new OpportunityMapping(
                new SyncProperties(
                        Map.of("opportunity", new FlowSettings(null, Map.of("negotiation", 7L), null)),
                        SyncProperties.ReferenceFields.CREATE),
                firm);

        assertThat(configured.values(opportunity("Negotiation", "USD"), odoo)).containsEntry("stage_id", 7L);
    }

    @Test
    void revenueInAnotherCurrencyThanTheCustomersEntityIsRefusedNotConverted() {
        assertThatThrownBy(() -> mapping.values(opportunity("Proposition", "EUR"), odoo))
                .isInstanceOfSatisfying(
                        DeliveryRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("CURRENCY_MISMATCH"))
                .hasMessageContaining("EUR");
    }
}
