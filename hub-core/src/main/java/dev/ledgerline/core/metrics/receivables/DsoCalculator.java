package dev.ledgerline.core.metrics.receivables;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.Dimension;
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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code dso} report: AR (gross: open invoices, unapplied credits left out) at the end of each
 * period ÷ the gross amount (tax included) of customer invoices dated in the period net of credit
 * notes × calendar days in the period; {@code null} when that amount is 0. Grouped by month or
 * quarter, each month or quarter (clipped to {@code from}–{@code to}) is a period of its own;
 * otherwise the period is {@code from}–{@code to}. Amounts in entity currency at invoice-date rates.
 */
public final class DsoCalculator {

    public static final String METRIC = "dso";
    public static final String RECEIVABLES = "receivables";
    public static final String SALES = "sales";
    public static final String DAYS = "days";

    public static final Set<Dimension> DIMENSIONS = EnumSet.of(
            Dimension.ENTITY,
            Dimension.PRACTICE,
            Dimension.CUSTOMER,
            Dimension.PROJECT,
            Dimension.CONTRACT,
            Dimension.CURRENCY,
            Dimension.MONTH,
            Dimension.QUARTER);

    private final HeldRecords held;
    private final FirmSettings settings;

    public DsoCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    /** The periods of the query: its months, else its quarters, else the whole range. */
    public static List<DateRange> periods(ReportQuery query) {
        DateRange range = DateRange.of(query);
        if (query.groupsBy(Dimension.MONTH)) {
            return range.months();
        }
        return query.groupsBy(Dimension.QUARTER) ? range.quarters() : List.of(range);
    }

    public MetricReport report(ReportQuery query) {
        Grouping grouping = Grouping.of(METRIC, DIMENSIONS, query);
        Receivables receivables = new Receivables(held);
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        List<MetricRow> rows = new ArrayList<>();
        for (DateRange period : periods(query)) {
            List<Fact> facts = new ArrayList<>();
            for (OpenItem item : receivables.openAt(period.to())) {
                Invoice doc = item.document();
                if (!item.unappliedCredit() && query.selects(doc.entity())) {
                    BigDecimal open = currency.cents(item.open(), doc.currency(), doc.entity(), doc.invoiceDate());
                    facts.add(fact(attribution, currency, doc, period, RECEIVABLES, open));
                }
            }
            List<Invoice> documents = new ArrayList<>(receivables.invoices());
            documents.addAll(receivables.creditNotes());
            for (Invoice doc : documents) {
                if (period.contains(doc.invoiceDate()) && query.selects(doc.entity())) {
                    BigDecimal gross =
                            currency.cents(doc.amountTotal(), doc.currency(), doc.entity(), doc.invoiceDate());
                    facts.add(fact(
                            attribution, currency, doc, period, SALES, doc.isCreditNote() ? gross.negate() : gross));
                }
            }
            BigDecimal days = BigDecimal.valueOf(period.days());
            grouping.sum(facts).forEach((key, sums) -> {
                BigDecimal ar = sums.cents(RECEIVABLES);
                BigDecimal sales = sums.cents(SALES);
                BigDecimal ratio = Rounding.divide(ar, sales);
                rows.add(new MetricRow(
                        key,
                        sums.currency(),
                        ratio == null ? null : Rounding.twoDecimals(ratio.multiply(days)),
                        ar,
                        sales,
                        sums.flags(),
                        Map.of(DAYS, days)));
            });
        }
        rows.sort(Comparator.comparing(MetricRow::group));
        return MetricReport.of(METRIC, query, rows);
    }

    private static Fact fact(
            Attribution attribution,
            ReportCurrency currency,
            Invoice doc,
            DateRange period,
            String measure,
            BigDecimal amount) {
        return Fact.of(
                attribution.ofDocument(doc), period.from(), currency.currencyOf(doc.entity()), Map.of(measure, amount));
    }
}
