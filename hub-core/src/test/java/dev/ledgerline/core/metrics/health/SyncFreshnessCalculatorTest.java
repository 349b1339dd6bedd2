package dev.ledgerline.core.metrics.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.health.SyncFreshnessCalculator.Delivery;
import dev.ledgerline.core.metrics.health.SyncFreshnessCalculator.Pending;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncFreshnessCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    private final List<Delivery> deliveries = List.of(
            new Delivery("psa", "account.analytic.line", Instant.parse("2026-03-31T11:58:00Z")),
            new Delivery("psa", "account.analytic.line", Instant.parse("2026-03-31T11:00:00Z")),
            new Delivery("crm", "res.partner", Instant.parse("2026-03-31T09:00:00Z")));
    private final List<Pending> pending = List.of(
            new Pending("psa", "account.analytic.line", Instant.parse("2026-03-31T11:59:30Z")),
            new Pending("psa", "account.analytic.line", Instant.parse("2026-03-31T11:50:00Z")),
            new Pending("hr", "hr.employee", Instant.parse("2026-03-31T10:00:00Z")));

    /** docs/metrics.md, example SYNC-1. */
    @Test
    void sync1AgeOfNewestDeliveryBacklogDepthAndOldestPendingPerSourceAndModel() {
        var calculator = new SyncFreshnessCalculator();

        MetricReport byModel =
                calculator.report(List.of(Dimension.SOURCE, Dimension.ODOO_MODEL), NOW, deliveries, pending);
        MetricRow total = calculator.report(List.of(), NOW, deliveries, pending).total();

        MetricRow psa = byModel.row("psa", "account.analytic.line").orElseThrow();
        assertThat(psa.value()).isEqualByComparingTo("120");
        assertThat(psa.field("backlogDepth")).isEqualByComparingTo("2");
        assertThat(psa.field("oldestPendingSeconds")).isEqualByComparingTo("600");
        assertThat(byModel.row("crm", "res.partner").orElseThrow().value()).isEqualByComparingTo("10800");
        assertThat(byModel.row("crm", "res.partner").orElseThrow().field("oldestPendingSeconds"))
                .isNull();
        assertThat(byModel.row("hr", "hr.employee").orElseThrow().value()).isNull();
        assertThat(byModel.row("hr", "hr.employee").orElseThrow().field("oldestPendingSeconds"))
                .isEqualByComparingTo("7200");
        assertThat(total.value()).isEqualByComparingTo("120");
        assertThat(total.field("backlogDepth")).isEqualByComparingTo("3");
        assertThat(total.field("oldestPendingSeconds")).isEqualByComparingTo("7200");
    }
}
