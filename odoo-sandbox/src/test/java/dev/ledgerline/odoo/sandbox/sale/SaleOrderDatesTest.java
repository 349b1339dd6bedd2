package dev.ledgerline.odoo.sandbox.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.sandbox.OdooSandbox;
import dev.ledgerline.odoo.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dates of a sales order, which the recorded flows leave out because they follow the clock. */
class SaleOrderDatesTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void quotationIsValidForTheCompanysThirtyDaysAndConfirmationStampsTheOrderDate() {
        try (OdooSandbox odoo = OdooSandbox.start(SandboxOptions.defaults().withClock(NOON))) {
            Map<String, Object> order = odoo.withAdmin(env -> {
                int partner = env.records("res.partner").create(Map.of("name", "Dated Client"));
                int id = env.records("sale.order").create(Map.of("partner_id", partner));
                return env.records("sale.order")
                        .read(List.of(id), List.of("validity_date", "date_order", "state"))
                        .getFirst();
            });
            assertThat(order)
                    .containsEntry("validity_date", "2026-04-09")
                    .containsEntry("date_order", "2026-03-10 12:00:00")
                    .containsEntry("state", "draft");
        }
    }
}
