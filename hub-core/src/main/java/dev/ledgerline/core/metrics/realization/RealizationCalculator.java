package dev.ledgerline.core.metrics.realization;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.BilledTime;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.EngagementDimensions;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rate, write-down and billing realization over one population: the billable entries dated in
 * {@code from}–{@code to} that are on a posted invoice, at their current values. Contract value is
 * converted to entity currency at the date of the first invoice the entry is on, billed value piece
 * by piece at each document's date; standard value is in entity currency. An entry without a standard
 * rate is left out of all three (so that billing = rate × write-down holds on the rows), counted in
 * {@code excludedEntries} and flagged {@code NO_STANDARD_RATE}.
 */
public final class RealizationCalculator {

    public static final String RATE = "rate-realization";
    public static final String WRITE_DOWN = "write-down-realization";
    public static final String BILLING = "billing-realization";
    public static final String CONTRACT_VALUE = "contractValue";
    public static final String BILLED_VALUE = "billedValue";
    public static final String STANDARD_VALUE = "standardValue";
    public static final String ENTRIES = "entries";
    public static final String EXCLUDED = "excludedEntries";

    private final HeldRecords held;
    private final FirmSettings settings;

    public RealizationCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    public MetricReport rate(ReportQuery query) {
        return report(RATE, query, CONTRACT_VALUE, STANDARD_VALUE);
    }

    public MetricReport writeDown(ReportQuery query) {
        return report(WRITE_DOWN, query, BILLED_VALUE, CONTRACT_VALUE);
    }

    public MetricReport billing(ReportQuery query) {
        return report(BILLING, query, BILLED_VALUE, STANDARD_VALUE);
    }

    /** One fact per entry of the population: contract, billed and standard value, or an exclusion. */
    public List<Fact> facts(ReportQuery query) {
        ClassifiedTime time = new ClassifiedTime(held, settings);
        BilledTime billed = new BilledTime(held, time.all());
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        List<Fact> facts = new ArrayList<>();
        for (ClassifiedEntry c : time.all()) {
            Optional<Invoice> first = billed.firstInvoice(c.key());
            if (!c.isBillable() || !query.covers(c.entry().date()) || first.isEmpty()) {
                continue;
            }
            Attributes a = attribution.ofEntry(c.entry());
            String entity = a.get(Dimension.ENTITY);
            if (!query.selects(entity)) {
                continue;
            }
            String reportCurrency = currency.currencyOf(entity);
            if (c.standardValue().isEmpty()) {
                facts.add(new Fact(
                        a.values(),
                        c.entry().date(),
                        reportCurrency,
                        Map.of(EXCLUDED, BigDecimal.ONE),
                        Set.of(Flag.NO_STANDARD_RATE)));
                continue;
            }
            Contract contract = held.contract(
                            held.project(c.entry().project()).orElseThrow().contract())
                    .orElseThrow();
            Invoice invoice = first.get();
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            m.put(
                    CONTRACT_VALUE,
                    currency.cents(
                            c.contractValue().orElseThrow(), contract.currency(), entity, invoice.invoiceDate()));
            BigDecimal billedValue = BigDecimal.ZERO;
            for (BilledTime.Piece piece : billed.pieces(c.key())) {
                billedValue = billedValue.add(
                        currency.cents(piece.amount(), piece.document().currency(), entity, piece.date()));
            }
            m.put(BILLED_VALUE, billedValue);
            m.put(
                    STANDARD_VALUE,
                    currency.cents(
                            c.standardValue().get(),
                            c.standardRate().orElseThrow().currency(),
                            entity,
                            invoice.invoiceDate()));
            m.put(ENTRIES, BigDecimal.ONE);
            facts.add(new Fact(a.values(), c.entry().date(), reportCurrency, m, Set.of()));
        }
        return facts;
    }

    private MetricReport report(String metric, ReportQuery query, String numerator, String denominator) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(metric, EngagementDimensions.TIME, query).sum(facts(query)).forEach((key, sums) -> {
            BigDecimal ratio = Rounding.divide(sums.cents(numerator), sums.cents(denominator));
            rows.add(new MetricRow(
                    key,
                    sums.currency(),
                    ratio == null ? null : Rounding.ratio(ratio),
                    sums.cents(numerator),
                    sums.cents(denominator),
                    sums.flags(),
                    MetricRow.fieldsOf(ENTRIES, sums.get(ENTRIES), EXCLUDED, sums.get(EXCLUDED))));
        });
        return MetricReport.of(metric, query, rows);
    }
}
