package dev.ledgerline.odoo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * How many simple records the sandbox creates per second over HTTP in batch calls, the way the hub
 * delivers: one {@code create} with a list of values per call, one call after the other.
 */
@OdooSandboxTest
class SandboxThroughputTest {
    private static final int CALLS = 20;
    private static final int PER_CALL = 500;
    /** A conservative floor for a shared 2-core machine; the aim is 5,000 creates per second. */
    private static final double FLOOR_PER_SECOND = 2_000;

    @Test
    void createsAtLeastTwoThousandPartnersPerSecondInBatchCalls(OdooSandbox odoo) {
        JsonRpcCalls rpc = new JsonRpcCalls(odoo);
        int before = odoo.count("res.partner", List.of());
        // Warm-up: JIT, connection and the server's first requests.
        for (int call = 0; call < 5; call++) {
            createBatch(rpc, "warm-" + call);
        }

        Set<Integer> created = new HashSet<>();
        long start = System.nanoTime();
        for (int call = 0; call < CALLS; call++) {
            created.addAll(createBatch(rpc, "batch-" + call));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = CALLS * PER_CALL / seconds;
        System.out.printf(
                "[throughput] %d calls x %d res.partner creates in %.3f s = %.0f creates/s%n",
                CALLS, PER_CALL, seconds, perSecond);

        assertThat(created).hasSize(CALLS * PER_CALL);
        assertThat(odoo.count("res.partner", List.of())).isEqualTo(before + (CALLS + 5) * PER_CALL);
        assertThat(odoo.count("res.partner", List.of(List.of("ref", "=like", "batch-7-%"))))
                .isEqualTo(PER_CALL);
        assertThat(perSecond).isGreaterThanOrEqualTo(FLOOR_PER_SECOND);
    }

    private static List<Integer> createBatch(JsonRpcCalls rpc, String prefix) {
        List<Map<String, Object>> values = new ArrayList<>(PER_CALL);
        for (int i = 0; i < PER_CALL; i++) {
            values.add(Map.of("name", "Customer " + prefix + "-" + i, "ref", prefix + "-" + i, "is_company", true));
        }
        JsonNode answer = rpc.executeKw("res.partner", "create", List.of(values), Map.of());
        assertThat(answer.has("error")).as("error: %s", answer.path("error")).isFalse();
        List<Integer> ids = new ArrayList<>(PER_CALL);
        answer.get("result").forEach(id -> ids.add(id.asInt()));
        assertThat(ids).hasSize(PER_CALL);
        return ids;
    }
}
