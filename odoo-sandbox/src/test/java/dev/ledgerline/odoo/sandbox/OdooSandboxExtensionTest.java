package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.sandbox.fault.FaultKind;
import dev.ledgerline.odoo.sandbox.fault.FaultRule;
import dev.ledgerline.odoo.sandbox.model.OdooVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@link OdooSandboxTest}: one sandbox per class, in the version asked, fresh and fault-free for each test. */
@OdooSandboxTest(version = 17)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OdooSandboxExtensionTest {
    private static final List<List<Object>> LEFT_BEHIND = List.of(List.of("name", "=", "Left behind"));
    private static OdooSandbox first;

    private final OdooSandbox injectedInConstructor;

    OdooSandboxExtensionTest(OdooSandbox odoo) {
        this.injectedInConstructor = odoo;
    }

    @Test
    @Order(1)
    void injectsOneRunningSandboxInTheVersionAsked(OdooSandbox odoo) {
        first = odoo;
        assertThat(odoo).isSameAs(injectedInConstructor);
        assertThat(odoo.version()).isEqualTo(OdooVersion.of(17));
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        assertThat(rpc.jsonRpc("common", "version", List.of())
                        .get("result")
                        .get("server_serie")
                        .asString())
                .isEqualTo("17.0");

        rpc.executeKw("res.partner", "create", List.of(Map.of("name", "Left behind")), Map.of());
        odoo.faults().add(FaultRule.of(FaultKind.HTTP_503).on("res.partner", "search_read"));
        assertThat(odoo.count("res.partner", LEFT_BEHIND)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theNextTestGetsTheSameSandboxResetToAFreshDatabaseWithoutFaults(OdooSandbox odoo) {
        assertThat(odoo).isSameAs(first);
        assertThat(odoo.count("res.partner", LEFT_BEHIND)).isZero();
        assertThat(odoo.faults().rules()).isEmpty();
        assertThat(new JsonRpcCalls(odoo)
                        .executeKw("res.partner", "search_read", List.of(List.of()), Map.of("fields", List.of("name")))
                        .has("result"))
                .isTrue();
    }
}
