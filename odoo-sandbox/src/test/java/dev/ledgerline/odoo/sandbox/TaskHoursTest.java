package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A task's company, customer and hours as Odoo 18 gives them (the values below were read from the real server
 * after the same calls): the project's company (none for a project without one), the project's customer for a
 * task of a billable project only, and hours summed from the timesheets, subtasks included.
 */
@OdooSandboxTest
class TaskHoursTest {
    private static final List<String> FIELDS = List.of(
            "company_id",
            "partner_id",
            "effective_hours",
            "subtask_effective_hours",
            "total_hours_spent",
            "remaining_hours",
            "progress",
            "overtime",
            "remaining_hours_percentage");

    @Test
    void aTaskSumsItsTimesheetsAndTakesItsProjectsCompanyAndCustomer(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int customer = created(rpc, "res.partner", Map.of("name", "Acme", "is_company", true));
        int employee = created(rpc, "hr.employee", Map.of("name", "Worker", "hourly_cost", 50));
        int billable = created(
                rpc,
                "project.project",
                Map.of("name", "Billable", "allow_billable", true, "allow_timesheets", true, "partner_id", customer));
        int internal = created(
                rpc,
                "project.project",
                Map.of("name", "Internal work", "allow_timesheets", true, "partner_id", customer, "company_id", 1));
        int task = created(rpc, "project.task", Map.of("name", "Build", "project_id", billable, "allocated_hours", 50));
        int subtask = created(rpc, "project.task", Map.of("name", "Sub", "project_id", billable, "parent_id", task));
        int other = created(rpc, "project.task", Map.of("name", "Other", "project_id", internal));
        log(rpc, billable, task, employee, 7.5);
        log(rpc, billable, task, employee, 15);
        log(rpc, billable, subtask, employee, 2.5);
        log(rpc, internal, other, employee, 1);

        JsonNode tasks = rpc.executeKw("project.task", "read", List.of(List.of(task, subtask, other), FIELDS), Map.of())
                .get("result");

        JsonNode build = tasks.get(0);
        assertThat(build.get("company_id").asBoolean()).isFalse();
        assertThat(build.get("partner_id").get(0).asInt()).isEqualTo(customer);
        assertThat(build.get("effective_hours").asDouble()).isEqualTo(22.5);
        assertThat(build.get("subtask_effective_hours").asDouble()).isEqualTo(2.5);
        assertThat(build.get("total_hours_spent").asDouble()).isEqualTo(25.0);
        assertThat(build.get("remaining_hours").asDouble()).isEqualTo(25.0);
        assertThat(build.get("progress").asDouble()).isEqualTo(0.5);
        assertThat(build.get("overtime").asDouble()).isEqualTo(0.0);
        assertThat(build.get("remaining_hours_percentage").asDouble()).isEqualTo(0.5);
        JsonNode sub = tasks.get(1);
        assertThat(sub.get("partner_id").get(0).asInt()).isEqualTo(customer);
        assertThat(sub.get("effective_hours").asDouble()).isEqualTo(2.5);
        assertThat(sub.get("remaining_hours").asDouble()).isEqualTo(-2.5);
        assertThat(sub.get("progress").asDouble()).isEqualTo(0.0);
        JsonNode unbilled = tasks.get(2);
        assertThat(unbilled.get("company_id").get(0).asInt()).isEqualTo(1);
        assertThat(unbilled.get("partner_id").asBoolean()).isFalse();
        assertThat(unbilled.get("effective_hours").asDouble()).isEqualTo(1.0);
    }

    @Test
    void hoursBeyondTheAllocationAreOvertime(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int employee = created(rpc, "hr.employee", Map.of("name", "Worker", "hourly_cost", 50));
        int project = created(rpc, "project.project", Map.of("name", "Small", "allow_timesheets", true));
        int task = created(rpc, "project.task", Map.of("name", "Fix", "project_id", project, "allocated_hours", 20));
        log(rpc, project, task, employee, 25);

        JsonNode read = rpc.executeKw("project.task", "read", List.of(List.of(task), FIELDS), Map.of())
                .get("result")
                .get(0);

        assertThat(read.get("progress").asDouble()).isEqualTo(1.25);
        assertThat(read.get("overtime").asDouble()).isEqualTo(5.0);
        assertThat(read.get("remaining_hours").asDouble()).isEqualTo(-5.0);
    }

    private static void log(JsonRpcCalls rpc, int project, int task, int employee, double hours) {
        created(
                rpc,
                "account.analytic.line",
                Map.of(
                        "project_id", project,
                        "task_id", task,
                        "employee_id", employee,
                        "unit_amount", hours,
                        "name", "work"));
    }

    private static int created(JsonRpcCalls rpc, String model, Map<String, Object> values) {
        JsonNode answer = rpc.executeKw(model, "create", List.of(values), Map.of());
        assertThat(answer.has("result")).as("%s", answer).isTrue();
        return answer.get("result").asInt();
    }
}
