package dev.ledgerline.core.metrics.catalog;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.cost.CostCalculator;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.RecordHistory;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.backlog.BacklogCalculator;
import dev.ledgerline.core.metrics.cycletime.CycleTimeCalculator;
import dev.ledgerline.core.metrics.margin.EarnedMarginCalculator;
import dev.ledgerline.core.metrics.margin.ForecastMarginCalculator;
import dev.ledgerline.core.metrics.margin.MarginCalculator;
import dev.ledgerline.core.metrics.margin.RealizedMarginCalculator;
import dev.ledgerline.core.metrics.realization.RealizationCalculator;
import dev.ledgerline.core.metrics.receivables.ArAgingCalculator;
import dev.ledgerline.core.metrics.receivables.CollectionRealizationCalculator;
import dev.ledgerline.core.metrics.receivables.DsoCalculator;
import dev.ledgerline.core.metrics.receivables.FxCalculator;
import dev.ledgerline.core.metrics.revenue.DeferredRevenueCalculator;
import dev.ledgerline.core.metrics.revenue.EffectiveBillRateCalculator;
import dev.ledgerline.core.metrics.revenue.PctCompleteCalculator;
import dev.ledgerline.core.metrics.revenue.RevenueCalculator;
import dev.ledgerline.core.metrics.utilization.UtilizationCalculator;
import dev.ledgerline.core.metrics.wip.WipCalculator;
import java.util.List;
import java.util.Objects;

/**
 * Every metric of the reports API by its path name ({@code GET /reports/{metric}}), computed from
 * the ledger's record history read at the query's as-of instant, the firm's settings and the hub's
 * proposals. {@code sync-freshness} is not here: it reads delivery timestamps, not records
 * ({@code metrics.health.SyncFreshnessCalculator}).
 */
public final class MetricCatalog {

    public static final List<String> METRICS = List.of(
            "capacity-hours",
            "billable-utilization",
            "productive-utilization",
            "rate-realization",
            "write-down-realization",
            "billing-realization",
            "collection-realization",
            "effective-bill-rate",
            "wip",
            "unapproved",
            "backlog",
            "revenue",
            "deferred-revenue",
            "contract-asset",
            "pct-complete",
            "cost",
            "margin",
            "margin-percent",
            "forecast-margin",
            "earned-margin",
            "realized-margin",
            "ar-aging",
            "dso",
            "cycle-time",
            "fx-realized",
            "fx-unrealized");

    private final RecordHistory history;
    private final FirmSettings settings;
    private final List<InvoiceProposal> proposals;

    /** @param proposals the hub's proposals with their status: provisional revenue, in-billing WIP, backlog */
    public MetricCatalog(RecordHistory history, FirmSettings settings, List<InvoiceProposal> proposals) {
        this.history = Objects.requireNonNull(history, "history");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.proposals = List.copyOf(proposals);
    }

    public MetricReport report(String metric, ReportQuery query) {
        HeldRecords held = history.asOf(query.asOf());
        return switch (metric) {
            case "capacity-hours" -> new CapacityCalculator(held, settings).report(query);
            case "billable-utilization" -> new UtilizationCalculator(held, settings).billable(query);
            case "productive-utilization" -> new UtilizationCalculator(held, settings).productive(query);
            case "rate-realization" -> new RealizationCalculator(held, settings).rate(query);
            case "write-down-realization" -> new RealizationCalculator(held, settings).writeDown(query);
            case "billing-realization" -> new RealizationCalculator(held, settings).billing(query);
            case "collection-realization" -> new CollectionRealizationCalculator(held, settings).report(query);
            case "effective-bill-rate" -> new EffectiveBillRateCalculator(held, settings, proposals).report(query);
            case "wip" -> wip(held).wip(query);
            case "unapproved" -> wip(held).unapproved(query);
            case "backlog" -> new BacklogCalculator(held, settings, proposals).report(query);
            case "revenue" -> new RevenueCalculator(held, settings, proposals).report(query);
            case "deferred-revenue" -> new DeferredRevenueCalculator(held, settings, proposals).deferredRevenue(query);
            case "contract-asset" -> new DeferredRevenueCalculator(held, settings, proposals).contractAsset(query);
            case "pct-complete" -> new PctCompleteCalculator(held, settings, proposals).report(query);
            case "cost" -> new CostCalculator(held, settings).report(query);
            case "margin" -> new MarginCalculator(held, settings, proposals).margin(query);
            case "margin-percent" -> new MarginCalculator(held, settings, proposals).marginPercent(query);
            case "forecast-margin" -> new ForecastMarginCalculator(held, settings).report(query);
            case "earned-margin" -> new EarnedMarginCalculator(held, settings, proposals).report(query);
            case "realized-margin" -> new RealizedMarginCalculator(held, settings).report(query);
            case "ar-aging" -> new ArAgingCalculator(held, settings).report(query);
            case "dso" -> new DsoCalculator(held, settings).report(query);
            case "cycle-time" -> new CycleTimeCalculator(held, settings).report(query);
            case "fx-realized" -> new FxCalculator(held, settings).realized(query);
            case "fx-unrealized" -> new FxCalculator(held, settings).unrealized(query);
            default -> throw new UnknownMetricException(metric);
        };
    }

    private WipCalculator wip(HeldRecords held) {
        return new WipCalculator(held, settings, WipCalculator.entriesInBilling(proposals));
    }
}
