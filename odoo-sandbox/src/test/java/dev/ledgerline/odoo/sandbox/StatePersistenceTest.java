package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ledgerline.odoo.sandbox.model.OdooVersion;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A sandbox started with a data file keeps its records, sequences and logins across a restart. */
class StatePersistenceTest {
    @TempDir
    Path dir;

    private static SandboxOptions options(Path file) {
        return SandboxOptions.defaults().withDataFile(file).withSaveInterval(Duration.ZERO);
    }

    /** A confirmed sales order whose service created a project, a user with a password: a small demo. */
    private static int demo(JsonRpcCalls rpc) {
        int customer = rpc.executeKw("res.partner", "create", List.of(Map.of("name", "Demo Client")), Map.of())
                .get("result")
                .asInt();
        int product = rpc.executeKw(
                        "product.product",
                        "create",
                        List.of(Map.of(
                                "name", "Implementation",
                                "type", "service",
                                "list_price", 140.0,
                                "service_type", "timesheet",
                                "service_tracking", "project_only")),
                        Map.of())
                .get("result")
                .asInt();
        int order = rpc.executeKw(
                        "sale.order",
                        "create",
                        List.of(Map.of(
                                "partner_id",
                                customer,
                                "order_line",
                                List.of(List.of(0, 0, Map.of("product_id", product, "product_uom_qty", 10))))),
                        Map.of())
                .get("result")
                .asInt();
        rpc.executeKw("sale.order", "action_confirm", List.of(List.of(order)), Map.of());
        rpc.executeKw(
                "res.users",
                "create",
                List.of(Map.of("name", "Demo Accountant", "login", "demo-accountant", "password", "s3cret!")),
                Map.of());
        return order;
    }

    @Test
    void stateSavedOnCloseIsTheStateLoadedAtTheNextStart() {
        Path file = dir.resolve("state.json");
        Map<String, List<Map<String, Object>>> before;
        int order;
        try (OdooSandbox odoo = OdooSandbox.start(options(file))) {
            assertThat(odoo.count("res.partner", List.of(List.of("name", "=", "Demo Client"))))
                    .isZero();
            order = demo(new JsonRpcCalls(odoo));
            before = odoo.withAdmin(env -> env.db().dump());
        }
        assertThat(file).isRegularFile();

        try (OdooSandbox odoo = OdooSandbox.start(options(file))) {
            Map<String, List<Map<String, Object>>> after =
                    odoo.withAdmin(env -> env.db().dump());
            assertThat(after).isEqualTo(before);
            JsonRpcCalls rpc = new JsonRpcCalls(odoo);
            JsonNode read = rpc.executeKw(
                            "sale.order",
                            "read",
                            List.of(List.of(order)),
                            Map.of("fields", List.of("name", "state", "amount_total", "project_id")))
                    .get("result")
                    .get(0);
            assertThat(read.get("name").asString()).isEqualTo("S00001");
            assertThat(read.get("state").asString()).isEqualTo("sale");
            assertThat(read.get("amount_total").asDouble()).isEqualTo(1610.0);
            assertThat(read.get("project_id").get(1).asString()).isEqualTo("S00001 - Implementation");

            int next = demo(rpc);
            assertThat(next).isEqualTo(order + 1);
            assertThat(odoo.records("sale.order", List.of(List.of("id", "=", next)), List.of("name"))
                            .getFirst()
                            .get("name"))
                    .as("the order numbers go on")
                    .isEqualTo("S00002");
            int demoUser = (Integer)
                    odoo.records("res.users", List.of(List.of("login", "=", "demo-accountant")), List.of("id"))
                            .getFirst()
                            .get("id");
            assertThat(rpc.jsonRpc(
                                    "common",
                                    "authenticate",
                                    List.of(odoo.database(), "demo-accountant", "s3cret!", Map.of()))
                            .get("result")
                            .asInt())
                    .as("a user created before the restart still logs in")
                    .isEqualTo(demoUser);
        }
    }

    @Test
    void adminCallSavesWhileRunningAndPeriodicSavingFollowsChanges() throws Exception {
        Path asked = dir.resolve("asked.json");
        try (OdooSandbox odoo = OdooSandbox.start(options(asked))) {
            JsonRpcCalls rpc = new JsonRpcCalls(odoo);
            rpc.executeKw("res.partner", "create", List.of(Map.of("name", "Saved On Request")), Map.of());
            HttpResponse<String> saved = rpc.post("/sandbox/save", "", Map.of());
            assertThat(saved.statusCode()).isEqualTo(200);
            assertThat(JsonRpcCalls.JSON.readTree(saved.body()).get("saved").asString())
                    .isEqualTo(asked.toAbsolutePath().toString());
            try (OdooSandbox copy = OdooSandbox.start(options(asked).withSaveInterval(Duration.ZERO))) {
                assertThat(copy.count("res.partner", List.of(List.of("name", "=", "Saved On Request"))))
                        .isEqualTo(1);
            }
        }

        Path periodic = dir.resolve("periodic.json");
        try (OdooSandbox odoo = OdooSandbox.start(
                SandboxOptions.defaults().withDataFile(periodic).withSaveInterval(Duration.ofMillis(100)))) {
            new JsonRpcCalls(odoo)
                    .executeKw("res.partner", "create", List.of(Map.of("name", "Saved By The Clock")), Map.of());
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            Files.exists(periodic) && Files.readString(periodic).contains("Saved By The Clock"));
        }
    }

    @Test
    void withoutDataFileTheSaveCallIsRefused() {
        try (OdooSandbox odoo = OdooSandbox.start(SandboxOptions.defaults())) {
            HttpResponse<String> answer = new JsonRpcCalls(odoo).post("/sandbox/save", "", Map.of());
            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(odoo.dataFile()).isEmpty();
            assertThatThrownBy(odoo::save).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFileOfAnotherVersionOrNotAStateFileIsRefusedRatherThanOverwritten() throws Exception {
        Path file = dir.resolve("v18.json");
        try (OdooSandbox odoo = OdooSandbox.start(options(file))) {
            new JsonRpcCalls(odoo).executeKw("res.partner", "create", List.of(Map.of("name", "Kept")), Map.of());
        }
        String saved = Files.readString(file);

        assertThatThrownBy(() -> OdooSandbox.start(options(file).withVersion(OdooVersion.of(17))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Odoo 18");
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{\"tables\": ");
        assertThatThrownBy(() -> OdooSandbox.start(options(garbage)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not valid JSON");
        assertThat(Files.readString(file)).isEqualTo(saved);
    }
}
