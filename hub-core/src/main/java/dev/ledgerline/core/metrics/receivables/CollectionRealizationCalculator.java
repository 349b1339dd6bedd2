package dev.ledgerline.core.metrics.receivables;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
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

/**
 * The {@code collection-realization} report: payments dated up to {@code to} on the posted invoices
 * dated in {@code from}–{@code to} ÷ those invoices' totals (tax included). Credit notes applied to
 * them are not payments. Both sides in entity currency at the invoice-date rate, so exchange
 * differences do not read as collection.
 */
public final class CollectionRealizationCalculator {

    public static final String METRIC = "collection-realization";
    public static final String COLLECTED = "collected";
    public static final String INVOICED = "invoiced";

    private final HeldRecords held;
    private final FirmSettings settings;

    public CollectionRealizationCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    public List<Fact> facts(ReportQuery query) {
        Receivables receivables = new Receivables(held);
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        List<Fact> facts = new ArrayList<>();
        for (Invoice inv : receivables.invoices()) {
            if (!query.covers(inv.invoiceDate()) || !query.selects(inv.entity())) {
                continue;
            }
            Map<String, BigDecimal> measures = new LinkedHashMap<>();
            measures.put(
                    COLLECTED,
                    currency.cents(
                            receivables.cashReceived(inv, query.to()),
                            inv.currency(),
                            inv.entity(),
                            inv.invoiceDate()));
            measures.put(INVOICED, currency.cents(inv.amountTotal(), inv.currency(), inv.entity(), inv.invoiceDate()));
            facts.add(Fact.of(
                    attribution.ofDocument(inv), inv.invoiceDate(), currency.currencyOf(inv.entity()), measures));
        }
        return facts;
    }

    public MetricReport report(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, ArAgingCalculator.DIMENSIONS, query)
                .sum(facts(query))
                .forEach((key, sums) -> {
                    BigDecimal ratio = Rounding.divide(sums.cents(COLLECTED), sums.cents(INVOICED));
                    rows.add(new MetricRow(
                            key,
                            sums.currency(),
                            ratio == null ? null : Rounding.ratio(ratio),
                            sums.cents(COLLECTED),
                            sums.cents(INVOICED),
                            sums.flags(),
                            Map.of()));
                });
        return MetricReport.of(METRIC, query, rows);
    }
}
