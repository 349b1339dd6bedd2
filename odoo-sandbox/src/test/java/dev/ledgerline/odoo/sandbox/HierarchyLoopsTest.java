package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Loops through {@code parent_id}, refused with the real server's error for each model (checked against
 * Odoo 18): partners and tasks by their constraint, parent-store models by "Recursion Detected.", a
 * company's parent not at all; nothing is changed by a refused write.
 */
@OdooSandboxTest
class HierarchyLoopsTest {

    @Test
    void aPartnerAsItsOwnParentOrGrandparentIsAValidationError(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int top = created(rpc, "res.partner", Map.of("name", "Loop A"));
        int middle = created(rpc, "res.partner", Map.of("name", "Loop B", "parent_id", top));
        int bottom = created(rpc, "res.partner", Map.of("name", "Loop C", "parent_id", middle));

        for (int parent : List.of(top, bottom)) {
            JsonNode error = rpc.executeKw(
                            "res.partner", "write", List.of(List.of(top), Map.of("parent_id", parent)), Map.of())
                    .get("error");
            assertThat(error.get("data").get("name").asString()).isEqualTo("odoo.exceptions.ValidationError");
            assertThat(error.get("data").get("message").asString())
                    .isEqualTo("You cannot create recursive Partner hierarchies.");
        }
        JsonNode linked = rpc.executeKw(
                        "res.partner",
                        "create",
                        List.of(Map.of("name", "Loop D", "parent_id", bottom, "child_ids", List.of(List.of(4, top)))),
                        Map.of())
                .get("error");
        assertThat(linked.get("data").get("name").asString()).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(odoo.records("res.partner", List.of(List.of("id", "=", top)), List.of("parent_id")))
                .singleElement()
                .satisfies(row -> assertThat(row.get("parent_id")).isEqualTo(false));
    }

    @Test
    void aTaskUnderItselfIsAUserErrorAndUnderItsSubtaskAValidationError(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int project = created(rpc, "project.project", Map.of("name", "Loops"));
        int task = created(rpc, "project.task", Map.of("name", "T1", "project_id", project));
        int subtask = created(rpc, "project.task", Map.of("name", "T2", "project_id", project, "parent_id", task));

        JsonNode itself = rpc.executeKw(
                        "project.task", "write", List.of(List.of(task), Map.of("parent_id", task)), Map.of())
                .get("error")
                .get("data");
        JsonNode loop = rpc.executeKw(
                        "project.task", "write", List.of(List.of(task), Map.of("parent_id", subtask)), Map.of())
                .get("error")
                .get("data");

        assertThat(itself.get("name").asString()).isEqualTo("odoo.exceptions.UserError");
        assertThat(itself.get("message").asString()).isEqualTo("Sorry. You can't set a task as its parent task.");
        assertThat(loop.get("name").asString()).isEqualTo("odoo.exceptions.ValidationError");
        assertThat(loop.get("message").asString())
                .isEqualTo("Error! You cannot create a recursive hierarchy of tasks.");
    }

    @Test
    void departmentsKeepTheirPathAndNameAndRefuseALoop(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int sales = created(rpc, "hr.department", Map.of("name", "Sales", "parent_id", 1));
        int field = created(rpc, "hr.department", Map.of("name", "Field", "parent_id", sales));

        JsonNode loop = rpc.executeKw(
                        "hr.department", "write", List.of(List.of(sales), Map.of("parent_id", field)), Map.of())
                .get("error")
                .get("data");
        JsonNode read = rpc.executeKw(
                        "hr.department",
                        "read",
                        List.of(List.of(field), List.of("complete_name", "display_name", "parent_path")),
                        Map.of())
                .get("result")
                .get(0);

        assertThat(loop.get("name").asString()).isEqualTo("odoo.exceptions.UserError");
        assertThat(loop.get("message").asString()).isEqualTo("Recursion Detected.");
        assertThat(read.get("complete_name").asString()).isEqualTo("Administration / Sales / Field");
        assertThat(read.get("display_name").asString()).isEqualTo("Administration / Sales / Field");
        assertThat(read.get("parent_path").asString()).isEqualTo("1/" + sales + "/" + field + "/");
    }

    @Test
    void aCompanysParentCannotBeChanged(OdooSandbox odoo) {
        JsonNode error = new JsonRpcCalls(odoo)
                .executeKw("res.company", "write", List.of(List.of(1), Map.of("parent_id", 1)), Map.of())
                .get("error")
                .get("data");

        assertThat(error.get("name").asString()).isEqualTo("odoo.exceptions.UserError");
        assertThat(error.get("message").asString()).isEqualTo("The company hierarchy cannot be changed.");
    }

    private static int created(JsonRpcCalls rpc, String model, Map<String, Object> values) {
        JsonNode answer = rpc.executeKw(model, "create", List.of(values), Map.of());
        assertThat(answer.has("result")).as("%s", answer).isTrue();
        return answer.get("result").asInt();
    }
}
