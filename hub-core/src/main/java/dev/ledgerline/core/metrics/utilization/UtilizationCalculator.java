package dev.ledgerline.core.metrics.utilization;

import dev.ledgerline.core.billability.Billability;
import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.capacity.CapacityCalculator;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Flag;
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
import java.util.Set;

/**
 * Billable and productive utilization: approved recorded hours ÷ capacity hours, both of the
 * employee's entity, practice and role on the entry's date. Billable hours are those of approved
 * billable entries (an entry that only waits for a rate counts, flagged {@code NO_RATE}: the work is
 * billable, the price is missing); productive hours add approved non-billable time on client
 * projects; internal projects count in neither. The same on both bases.
 */
public final class UtilizationCalculator {

    public static final String BILLABLE = "billable-utilization";
    public static final String PRODUCTIVE = "productive-utilization";
    static final String HOURS = "hours";

    private final HeldRecords held;
    private final FirmSettings settings;

    public UtilizationCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    public MetricReport billable(ReportQuery query) {
        return report(BILLABLE, query, false);
    }

    public MetricReport productive(ReportQuery query) {
        return report(PRODUCTIVE, query, true);
    }

    private MetricReport report(String metric, ReportQuery query, boolean productive) {
        Grouping grouping = Grouping.of(metric, CapacityCalculator.DIMENSIONS, query);
        List<Fact> facts = new ArrayList<>(new CapacityCalculator(held, settings).facts(query));
        Attribution attribution = new Attribution(held);
        for (ClassifiedEntry c : new ClassifiedTime(held, settings).all()) {
            if (!query.covers(c.entry().date()) || !c.entry().isApproved() || !counts(c, productive)) {
                continue;
            }
            var attributes = attribution.ofEntryForPeople(c.entry());
            if (query.selects(attributes.get(Dimension.ENTITY))) {
                Fact fact = Fact.of(attributes, c.entry().date(), null, Map.of(HOURS, c.recordedHours()));
                facts.add(
                        c.billability() instanceof Billability.AwaitingRate
                                ? fact.withFlags(Set.of(Flag.NO_RATE))
                                : fact);
            }
        }
        List<MetricRow> rows = new ArrayList<>();
        grouping.sum(facts).forEach((key, sums) -> {
            BigDecimal hours = sums.get(HOURS);
            BigDecimal capacity = sums.get(CapacityCalculator.CAPACITY);
            BigDecimal ratio = Rounding.divide(hours, capacity);
            rows.add(new MetricRow(
                    key, null, ratio == null ? null : Rounding.ratio(ratio), hours, capacity, sums.flags(), Map.of()));
        });
        return MetricReport.of(metric, query, rows);
    }

    private boolean counts(ClassifiedEntry c, boolean productive) {
        if (c.billability() instanceof Billability.Billable || c.billability() instanceof Billability.AwaitingRate) {
            return true;
        }
        return productive
                && held.project(c.entry().project()).map(Project::isClient).orElse(false);
    }
}
