package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The fresh database's analytic plan, "Project" (id 1): a project's analytic account is in it, while the plan
 * itself is closed to an administrator without analytic accounting, as on the real server.
 */
@OdooSandboxTest
class AnalyticPlanTest {

    @Test
    void aProjectsAnalyticAccountIsInTheProjectPlan(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int project = rpc.executeKw(
                        "project.project",
                        "create",
                        List.of(Map.of("name", "Audit", "allow_timesheets", true)),
                        Map.of())
                .get("result")
                .asInt();
        int account = rpc.executeKw(
                        "project.project", "read", List.of(List.of(project), List.of("account_id")), Map.of())
                .get("result")
                .get(0)
                .get("account_id")
                .get(0)
                .asInt();

        JsonNode read = rpc.executeKw(
                        "account.analytic.account",
                        "read",
                        List.of(List.of(account), List.of("plan_id", "root_plan_id")),
                        Map.of())
                .get("result")
                .get(0);
        JsonNode plan = rpc.executeKw("account.analytic.plan", "read", List.of(List.of(1), List.of("name")), Map.of())
                .get("error")
                .get("data");

        assertThat(read.get("plan_id").get(0).asInt()).isEqualTo(1);
        assertThat(read.get("plan_id").get(1).asString()).isEqualTo("Project");
        assertThat(read.get("root_plan_id").get(1).asString()).isEqualTo("Project");
        assertThat(plan.get("name").asString()).isEqualTo("odoo.exceptions.AccessError");
    }
}
