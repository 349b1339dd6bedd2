package dev.ledgerline.hub.sync.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.sync.Companion;
import dev.ledgerline.hub.sync.SyncProperties;
import dev.ledgerline.hub.sync.SyncProperties.FlowSettings;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import dev.ledgerline.hub.testing.Canonical;
import dev.ledgerline.hub.testing.KnownOdoo;
import dev.ledgerline.odoo.client.Command;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectMappingTest {

    private static final RecordKey CUSTOMER = RecordKey.of("crm", RecordType.CUSTOMER, "ACC-1");
    private static final RecordKey CONTRACT = RecordKey.of("crm", RecordType.CONTRACT, "K-1");
    private static final RecordKey PROJECT = RecordKey.of("psa", RecordType.PROJECT, "P-1");

    private final ProjectMapping mapping = new ProjectMapping(SyncProperties.defaults(), DeliveryChecks.unconfigured());

    private static Contract contract(String entity, String currency) {
        return Canonical.read("crm", "contract", """
                {"customer":"ACC-1","entity":"%s","currency":"%s","billingModel":"fixed_fee","fixedFee":"50000.00",
                 "startDate":"2026-01-01","endDate":"2026-12-31",
                 "milestones":[{"id":"M1","name":"Blueprint signed","amount":"20000.00","dueDate":"2026-03-31"},
                               {"id":"M2","name":"Go-live","percent":"60","dueDate":null}]}""".formatted(entity, currency), Contract.class);
    }

    private static Project project(String json) {
        return Canonical.read("psa", "project", json, Project.class);
    }

    private static final Project ROLLOUT = project("""
            {"name":"ERP rollout","customer":"crm:ACC-1","entity":"us","contract":"crm:K-1","status":"in_delivery",
             "startDate":"2026-01-05","endDate":"2026-11-30"}""");

    /** Partner 41, company 3, USD active, the seven lifecycle tags 501–507 in state order. */
    private KnownOdoo odoo() {
        KnownOdoo odoo = new KnownOdoo()
                .company(3)
                .parent(CUSTOMER, 41)
                .holds("res.currency", "name", "USD", 1)
                .ledger(CONTRACT, contract("us", "USD"));
        long id = 501;
        for (Project.Status s : Project.Status.values()) {
            odoo.holds("project.tags", "name", LifecycleTags.tagName(s), id++);
        }
        return odoo;
    }

    @Test
    void projectBecomesABillableTimesheetedProjectOfTheEntitysCompanyForItsCustomer() {
        Map<String, Object> values = mapping.values(ROLLOUT, odoo());

        assertThat(values)
                .containsEntry("name", "ERP rollout")
                .containsEntry("partner_id", 41L)
                .containsEntry("allow_billable", true)
                .containsEntry("allow_timesheets", true)
                .containsEntry("company_id", 3L)
                .containsEntry("date_start", LocalDate.of(2026, 1, 5))
                .containsEntry("date", LocalDate.of(2026, 11, 30))
                .containsEntry("allow_milestones", true);
        assertThat(mapping.fields()).containsAll(values.keySet());
        assertThat(mapping.reference().field()).isEqualTo("x_ledgerline_ref");
    }

    @Test
    void lifecycleStateIsTheOneLifecycleTagLinkedTheOthersAreUnlinkedAndTheFirmsTagsLeftAlone() {
        Map<String, Object> values = mapping.values(ROLLOUT, odoo());

        assertThat(values.get("tag_ids"))
                .isEqualTo(List.of(
                        Command.unlink(501), // sold
                        Command.unlink(502), // initiated
                        Command.unlink(503), // staffed
                        Command.link(504), // in_delivery
                        Command.unlink(505),
                        Command.unlink(506),
                        Command.unlink(507)));
        assertThat(LifecycleTags.tagName(Project.Status.IN_DELIVERY)).isEqualTo("Ledgerline: in_delivery");
    }

    @Test
    void aProjectWithoutAnExplicitStateIsShownInitiatedAndDerivedBillingStatesAreNotWritten() {
        Project plain = project("""
                {"name":"Plain","customer":"crm:ACC-1","entity":"us","contract":"crm:K-1"}""");
        Project pending = project("""
                {"name":"Plain","customer":"crm:ACC-1","entity":"us","contract":"crm:K-1","status":"pending_billing"}""");

        assertThat(LifecycleTags.shown(plain)).isEqualTo(Project.Status.INITIATED);
        assertThat(LifecycleTags.shown(pending)).isEqualTo(Project.Status.INITIATED);
        assertThat(LifecycleTags.shown(project("""
                        {"name":"Done","customer":"crm:ACC-1","entity":"us","contract":"crm:K-1","status":"closed"}"""))).isEqualTo(Project.Status.CLOSED);
    }

    @Test
    void lifecycleTagsCanBeTurnedOff() {
        ProjectMapping untagged = new ProjectMapping(
                new SyncProperties(
                        Map.of("project", new FlowSettings(null, null, false)), SyncProperties.ReferenceFields.CREATE),
                DeliveryChecks.unconfigured());

        assertThat(untagged.values(ROLLOUT, odoo())).doesNotContainKey("tag_ids");
    }

    @Test
    void internalProjectIsNotBillable() {
        Project bench = project("""
                {"name":"Bench","customer":"crm:ACC-1","entity":"us","kind":"internal"}""");

        assertThat(mapping.values(bench, odoo()))
                .containsEntry("allow_billable", false)
                .doesNotContainKey("allow_milestones");
    }

    @Test
    void analyticAccountOdooCreatesIsReadBackFromTheFieldOfTheTargetsVersion() {
        assertThat(mapping.boundRelations(odoo().version(18)))
                .isEqualTo(Map.of("account_id", "account.analytic.account"));
        assertThat(mapping.boundRelations(odoo().version(17)))
                .isEqualTo(Map.of("analytic_account_id", "account.analytic.account"));
    }

    @Test
    void contractMilestonesAreKeptOnTheProjectWithNameAndDeadlineAndThisProjectOnlyWhenCreated() {
        List<Companion> milestones = mapping.companions(PROJECT, ROLLOUT, odoo());

        assertThat(milestones).hasSize(2);
        assertThat(milestones.get(0)).satisfies(m -> {
            assertThat(m.model()).isEqualTo("project.milestone");
            assertThat(m.field().field()).isEqualTo("x_ledgerline_ref");
            assertThat(m.reference()).isEqualTo("ll:crm:contract.milestone:K-1/M1");
            assertThat(m.values()).isEqualTo(Map.of("name", "Blueprint signed", "deadline", LocalDate.of(2026, 3, 31)));
            assertThat(m.link()).isEqualTo(new Companion.Link("project_id", true, null));
        });
        assertThat(milestones.get(1).values()).containsEntry("name", "Go-live").containsEntry("deadline", false);
    }

    @Test
    void projectOfAnotherEntityThanItsContractIsRefusedByPolicy() {
        KnownOdoo odoo = odoo().ledger(CONTRACT, contract("eu", "USD"));

        assertThatThrownBy(() -> mapping.values(ROLLOUT, odoo))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.category()).isEqualTo(ExceptionCategory.POLICY);
                    assertThat(e.code()).isEqualTo("ENTITY_MISMATCH");
                })
                .hasMessageContaining("'eu'");
    }

    @Test
    void contractInACurrencyOdooHasNotActivatedStopsTheProjectWithWhatToDo() {
        KnownOdoo odoo = odoo().ledger(CONTRACT, contract("us", "EUR"));

        assertThatThrownBy(() -> mapping.values(ROLLOUT, odoo))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.category()).isEqualTo(ExceptionCategory.DATA);
                    assertThat(e.code()).isEqualTo("CURRENCY_INACTIVE");
                })
                .hasMessageContaining("EUR")
                .hasMessageContaining("activate it");
    }
}
