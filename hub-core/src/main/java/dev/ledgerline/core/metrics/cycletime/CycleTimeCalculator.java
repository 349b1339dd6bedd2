package dev.ledgerline.core.metrics.cycletime;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.receivables.ArAgingCalculator;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Approval → invoice cycle time: per posted invoice dated in {@code from}–{@code to} that bills time
 * entries, the date of {@code postedAt} less the date of the latest {@code approvedAt} among its
 * entries, in whole days in the entity's time zone. Each entry is read as the ledger held it when the
 * invoice was posted, so a later re-approval does not shorten the cycle. Rows give the median
 * ({@code value}), the p90 and the count of invoices.
 */
public final class CycleTimeCalculator {

    public static final String METRIC = "cycle-time";
    public static final String DAYS = "days";
    private static final BigDecimal P90 = new BigDecimal("0.9");

    private final HeldRecords held;
    private final FirmSettings settings;

    public CycleTimeCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    /** One fact per invoice: its cycle time in days, dated by its invoice date. */
    public List<Fact> facts(ReportQuery query) {
        Attribution attribution = new Attribution(held);
        List<Fact> facts = new ArrayList<>();
        for (RecordVersion<Invoice> v : held.all(RecordType.INVOICE, Invoice.class)) {
            Invoice inv = v.data();
            if (!inv.isPosted()
                    || inv.isCreditNote()
                    || inv.postedAt() == null
                    || inv.invoiceDate() == null
                    || !query.covers(inv.invoiceDate())
                    || !query.selects(inv.entity())) {
                continue;
            }
            latestApproval(inv).ifPresent(approvedAt -> {
                ZoneId zone = zoneOf(inv.entity());
                long days = ChronoUnit.DAYS.between(
                        LocalDate.ofInstant(approvedAt, zone), LocalDate.ofInstant(inv.postedAt(), zone));
                facts.add(Fact.of(
                        attribution.ofDocument(inv), inv.invoiceDate(), null, Map.of(DAYS, BigDecimal.valueOf(days))));
            });
        }
        return facts;
    }

    public MetricReport report(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, ArAgingCalculator.DIMENSIONS, query)
                .apply(facts(query))
                .forEach((key, facts) -> {
                    Distribution d = new Distribution(
                            facts.stream().map(f -> f.measure(DAYS)).toList());
                    BigDecimal median = d.median() == null ? null : Rounding.twoDecimals(d.median());
                    BigDecimal p90 = d.percentile(P90) == null ? null : Rounding.twoDecimals(d.percentile(P90));
                    rows.add(new MetricRow(
                            key,
                            null,
                            median,
                            null,
                            null,
                            Set.of(),
                            MetricRow.fieldsOf("median", median, "p90", p90, "count", BigDecimal.valueOf(d.count()))));
                });
        return MetricReport.of(METRIC, query, rows);
    }

    private Optional<Instant> latestApproval(Invoice inv) {
        Set<RecordKey> entries = new LinkedHashSet<>();
        inv.lines()
                .forEach(l -> l.entries().stream()
                        .filter(k -> k.type() == RecordType.TIME_ENTRY)
                        .forEach(entries::add));
        Instant latest = null;
        for (RecordKey key : entries) {
            Optional<TimeEntry> atPosting = held.versionHeldAt(key, inv.postedAt(), TimeEntry.class)
                    .map(RecordVersion::data)
                    .or(() -> held.current(key, TimeEntry.class));
            Instant approvedAt = atPosting.map(TimeEntry::approvedAt).orElse(null);
            if (approvedAt != null && (latest == null || approvedAt.isAfter(latest))) {
                latest = approvedAt;
            }
        }
        return Optional.ofNullable(latest);
    }

    private ZoneId zoneOf(String entity) {
        EntitySettings e = entity == null ? null : settings.entities().get(entity);
        return e == null ? ZoneOffset.UTC : e.timeZone();
    }
}
