package dev.ledgerline.hub.sync.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.ledger.ExceptionCategory;
import dev.ledgerline.hub.sync.MappingException;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import dev.ledgerline.hub.sync.validation.DeliveryRefusedException;
import dev.ledgerline.hub.testing.Canonical;
import dev.ledgerline.hub.testing.KnownOdoo;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskMappingTest {

    private static final RecordKey PROJECT = RecordKey.of("psa", RecordType.PROJECT, "P-1");
    private static final RecordKey PARENT = RecordKey.of("psa", RecordType.TASK, "T-1");

    private final TaskMapping mapping = new TaskMapping(DeliveryChecks.unconfigured());

    private static Task task(String json) {
        return Canonical.read("psa", "task", json, Task.class);
    }

    private static Project project(String json) {
        return Canonical.read("psa", "project", json, Project.class);
    }

    private final KnownOdoo odoo =
            new KnownOdoo().parent(PROJECT, 88).parent(PARENT, 301).ledger(PROJECT, project("""
                    {"name":"ERP rollout","customer":"crm:ACC-1","entity":"us","contract":"crm:K-1"}"""));

    @Test
    void subtaskGoesUnderItsProjectAndParentWithThePlannedHoursAllocated() {
        Map<String, Object> values = mapping.values(task("""
                {"project":"P-1","name":"Data migration","parent":"T-1","plannedHours":"37.5"}"""), odoo);

        assertThat(values)
                .containsEntry("name", "Data migration")
                .containsEntry("project_id", 88L)
                .containsEntry("parent_id", 301L)
                .containsEntry("allocated_hours", new BigDecimal("37.5"));
        assertThat(mapping.fields()).containsAll(values.keySet());
        assertThat(mapping.model()).isEqualTo("project.task");
        assertThat(mapping.reference().field()).isEqualTo("x_ledgerline_ref");
    }

    @Test
    void topLevelTaskHasNoParentAndWithoutPlanLeavesAllocatedHoursToOdoo() {
        Map<String, Object> values = mapping.values(task("""
                {"project":"P-1","name":"Workshops"}"""), odoo);

        assertThat(values).containsEntry("parent_id", false).doesNotContainKey("allocated_hours");
    }

    @Test
    void billableTaskOnAnInternalProjectIsRefusedByPolicy() {
        odoo.ledger(PROJECT, project("""
                {"name":"Bench","customer":"crm:ACC-1","entity":"us","kind":"internal"}"""));

        assertThatThrownBy(() -> mapping.values(task("""
                        {"project":"P-1","name":"Training","billable":true}"""), odoo))
                .isInstanceOfSatisfying(DeliveryRefusedException.class, e -> {
                    assertThat(e.category()).isEqualTo(ExceptionCategory.POLICY);
                    assertThat(e.code()).isEqualTo("BILLABLE_MISMATCH");
                })
                .hasMessageContaining("internal");
        assertThat(mapping.values(task("""
                        {"project":"P-1","name":"Training","billable":false}"""), odoo)).containsEntry("name", "Training");
    }

    @Test
    void billableTaskOnAProjectMarkedNotBillableIsRefused() {
        odoo.ledger(PROJECT, project("""
                {"name":"Goodwill","customer":"crm:ACC-1","entity":"us","contract":"crm:K-1","billable":false}"""));

        assertThatThrownBy(() -> mapping.values(task("""
                        {"project":"P-1","name":"Extra","billable":true}"""), odoo))
                .isInstanceOf(DeliveryRefusedException.class)
                .hasMessageContaining("not billable");
    }

    @Test
    void taskWhoseParentIsNotInOdooIsAMissingMapping() {
        assertThatThrownBy(() -> mapping.values(task("""
                        {"project":"P-1","name":"Orphan","parent":"T-9"}"""), odoo))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("T-9");
    }
}
