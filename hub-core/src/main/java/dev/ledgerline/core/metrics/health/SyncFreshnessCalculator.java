package dev.ledgerline.core.metrics.health;

import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sync freshness per source and Odoo model, a pure function of the timestamps it is given:
 * {@code value} = seconds from the newest delivered change to {@code now} (null when nothing was
 * delivered yet), {@code backlogDepth} = changes waiting for delivery, {@code oldestPendingSeconds} =
 * age of the oldest of them (null when none waits). Grouped more coarsely (by source only, or not at
 * all), the newest delivery and the oldest pending change are those of the whole group.
 */
public final class SyncFreshnessCalculator {

    public static final String METRIC = "sync-freshness";
    public static final Set<Dimension> DIMENSIONS = EnumSet.of(Dimension.SOURCE, Dimension.ODOO_MODEL);

    /** A change delivered to Odoo. */
    public record Delivery(String source, String odooModel, Instant deliveredAt) {
        public Delivery {
            Objects.requireNonNull(deliveredAt, "deliveredAt");
        }
    }

    /** A change received and not yet delivered. */
    public record Pending(String source, String odooModel, Instant receivedAt) {
        public Pending {
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    private static final String DELIVERED = "delivered";
    private static final String WAITING = "waiting";

    public MetricReport report(List<Dimension> groupBy, Instant now, List<Delivery> deliveries, List<Pending> pending) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        ReportQuery query = ReportQuery.of(today, today, now).withGroupBy(groupBy);
        List<Fact> facts = new ArrayList<>();
        for (Delivery d : deliveries) {
            facts.add(fact(d.source(), d.odooModel(), DELIVERED, secondsBetween(d.deliveredAt(), now), today));
        }
        for (Pending p : pending) {
            facts.add(fact(p.source(), p.odooModel(), WAITING, secondsBetween(p.receivedAt(), now), today));
        }
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, DIMENSIONS, query).apply(facts).forEach((key, group) -> {
            BigDecimal sinceNewest = null;
            BigDecimal oldestPending = null;
            long depth = 0;
            for (Fact f : group) {
                if (f.measures().containsKey(DELIVERED)) {
                    BigDecimal age = f.measure(DELIVERED);
                    sinceNewest = sinceNewest == null ? age : sinceNewest.min(age);
                } else {
                    depth++;
                    BigDecimal age = f.measure(WAITING);
                    oldestPending = oldestPending == null ? age : oldestPending.max(age);
                }
            }
            rows.add(new MetricRow(
                    key,
                    null,
                    sinceNewest,
                    null,
                    null,
                    Set.of(),
                    MetricRow.fieldsOf(
                            "backlogDepth", BigDecimal.valueOf(depth), "oldestPendingSeconds", oldestPending)));
        });
        return MetricReport.of(METRIC, query, rows);
    }

    private static Fact fact(String source, String model, String measure, BigDecimal seconds, LocalDate today) {
        return new Fact(sourceAndModel(source, model), today, null, Map.of(measure, seconds), Set.of());
    }

    private static Map<Dimension, String> sourceAndModel(String source, String model) {
        Map<Dimension, String> attributes = new EnumMap<>(Dimension.class);
        if (source != null) {
            attributes.put(Dimension.SOURCE, source);
        }
        if (model != null) {
            attributes.put(Dimension.ODOO_MODEL, model);
        }
        return attributes;
    }

    private static BigDecimal secondsBetween(Instant earlier, Instant now) {
        return BigDecimal.valueOf(Duration.between(earlier, now).toSeconds());
    }
}
