package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.cost.CostCalculator;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Effective bill rate: fee revenue of the period ({@link RevenueCalculator}; expenses and markup
 * excluded) ÷ approved recorded hours on client engagements in the period, billable and non-billable.
 * Per hour, 2 decimals; {@code null} without hours.
 */
public final class EffectiveBillRateCalculator {

    public static final String METRIC = "effective-bill-rate";
    static final String HOURS = "hours";

    private final HeldRecords held;
    private final FirmSettings settings;
    private final RevenueCalculator revenue;

    public EffectiveBillRateCalculator(HeldRecords held, FirmSettings settings, List<InvoiceProposal> proposals) {
        this.held = held;
        this.settings = settings;
        this.revenue = new RevenueCalculator(held, settings, proposals);
    }

    public MetricReport report(ReportQuery query) {
        List<Fact> facts = new ArrayList<>();
        for (Fact f : revenue.facts(query)) {
            if (f.measures().containsKey(RevenueCalculator.FEES)) {
                facts.add(f);
            }
        }
        Attribution attribution = new Attribution(held);
        for (ClassifiedEntry c : new ClassifiedTime(held, settings).all()) {
            boolean client =
                    held.project(c.entry().project()).map(Project::isClient).orElse(false);
            if (!c.entry().isApproved() || !client || !query.covers(c.entry().date())) {
                continue;
            }
            Attributes a = attribution.ofEntry(c.entry());
            if (query.selects(a.get(Dimension.ENTITY))) {
                facts.add(Fact.of(a, c.entry().date(), null, Map.of(HOURS, c.recordedHours())));
            }
        }
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, CostCalculator.DIMENSIONS, query).sum(facts).forEach((key, sums) -> {
            BigDecimal fees = sums.cents(RevenueCalculator.FEES);
            BigDecimal hours = sums.get(HOURS);
            BigDecimal rate = Rounding.divide(fees, hours);
            rows.add(new MetricRow(
                    key,
                    sums.currency(),
                    rate == null ? null : Rounding.twoDecimals(rate),
                    fees,
                    hours,
                    sums.flags(),
                    Map.of()));
        });
        return MetricReport.of(METRIC, query, rows);
    }
}
