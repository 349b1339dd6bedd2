package dev.ledgerline.hub.sync;

import static dev.ledgerline.hub.testing.Envelopes.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.testing.OdooTarget;
import dev.ledgerline.hub.testing.SandboxTarget;
import dev.ledgerline.hub.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The time-entry scenario against the in-process sandbox, and what only the sandbox can show: how many
 * calls Odoo got.
 */
class TimeEntryDeliveryIT extends TimeEntryDelivery {

    private static final SandboxTarget ODOO = SandboxTarget.shared();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        MasterDataDelivery.target(registry, ODOO);
    }

    @Override
    OdooTarget odoo() {
        return ODOO;
    }

    @Test
    void entriesTheDispatcherHandsOverTogetherAreCreatedInOneCall() {
        post(
                TestTokens.PEOPLE,
                List.of(
                        envelope("crm", "customer", id("C"), 1, """
                                {"name":"Bulk %s","entity":"us"}""".formatted(id("C"))),
                        employee("ADA", "Ada Lovelace", "senior", "82.50", "2024-01-08")));
        post(TestTokens.PSA, List.of(envelope("psa", "project", id("BENCH"), 1, """
                {"name":"Bench %s","customer":"crm:%s","entity":"us","kind":"internal"}""".formatted(id("BENCH"), id("C")))));
        await(() -> {
            assertThat(state("hr", "employee", "ADA").get("STATE")).isEqualTo("DELIVERED");
            assertThat(state("psa", "project", "BENCH").get("STATE")).isEqualTo("DELIVERED");
        });
        List<String> entries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            names.add("B" + i);
            entries.add(approved("B" + i, 1, "ADA", "BENCH", null, "2026-03-%02d".formatted(i), "1.5", "Study " + i));
        }
        long createsBefore = creates();

        post(TestTokens.PSA, entries);
        awaitDelivered(1, names.toArray(String[]::new));

        assertThat(creates() - createsBefore)
                .as("one create for the twenty lines")
                .isEqualTo(1);
        long bench = odooId("project.project", "ll:psa:project:" + id("BENCH"));
        assertThat(odoo().count("account.analytic.line", List.of(List.of("project_id", "=", bench))))
                .isEqualTo(20);
        assertThat(count("account.analytic.line", entryRef("B20"))).isOne();
    }

    private static long creates() {
        Map<?, ?> calls = (Map<?, ?>) ODOO.sandbox().stats().get("calls");
        Object n = calls.get("account.analytic.line.create");
        return n == null ? 0 : ((Number) n).longValue();
    }
}
