package dev.ledgerline.core.metrics.receivables;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code ar-aging} report at the end of {@code to}: each posted invoice's residual (total less
 * payments and credit notes applied on or before that date) in the bucket of its days past Odoo's
 * due date; unapplied credits as a separate negative line; invoices under an open dispute stay in
 * their bucket and are also summed in {@code disputed}. Amounts in entity currency at the
 * invoice-date rate; grouped by {@code currency}, {@code transactionAmount} gives them in the
 * documents' currency. {@code value} is the net receivable: the buckets plus unapplied credits.
 */
public final class ArAgingCalculator {

    public static final String METRIC = "ar-aging";
    public static final String UNAPPLIED = "unappliedCredits";
    public static final String DISPUTED = "disputed";
    public static final String TRANSACTION = "transactionAmount";

    /** Receivables group by the document's entity, customer, contract, project and currency, and by invoice date. */
    public static final Set<Dimension> DIMENSIONS = EnumSet.of(
            Dimension.ENTITY,
            Dimension.PRACTICE,
            Dimension.CUSTOMER,
            Dimension.PROJECT,
            Dimension.CONTRACT,
            Dimension.CURRENCY,
            Dimension.MONTH,
            Dimension.WEEK,
            Dimension.QUARTER);

    private final HeldRecords held;
    private final FirmSettings settings;

    public ArAgingCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    /** One fact per open item at the end of {@code query.to()}, dated by its document's invoice date. */
    public List<Fact> facts(ReportQuery query) {
        LocalDate asOfDate = query.to();
        Receivables receivables = new Receivables(held);
        Disputes disputes = new Disputes(held, receivables, asOfDate);
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        List<Fact> facts = new ArrayList<>();
        for (OpenItem item : receivables.openAt(asOfDate)) {
            Invoice doc = item.document();
            if (!query.selects(doc.entity())) {
                continue;
            }
            BigDecimal converted = currency.cents(item.open(), doc.currency(), doc.entity(), doc.invoiceDate());
            Map<String, BigDecimal> measures = new LinkedHashMap<>();
            if (item.unappliedCredit()) {
                measures.put(UNAPPLIED, converted);
            } else {
                LocalDate due = doc.invoiceDateDue() != null ? doc.invoiceDateDue() : doc.invoiceDate();
                measures.put(
                        AgingBucket.of(ChronoUnit.DAYS.between(due, asOfDate)).field(), converted);
                if (disputes.isDisputed(doc)) {
                    measures.put(DISPUTED, converted);
                }
            }
            measures.put(TRANSACTION, item.open());
            facts.add(Fact.of(
                    attribution.ofDocument(doc), doc.invoiceDate(), currency.currencyOf(doc.entity()), measures));
        }
        return facts;
    }

    public MetricReport report(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        boolean byCurrency = query.groupsBy(Dimension.CURRENCY);
        Grouping.of(METRIC, DIMENSIONS, query).sum(facts(query)).forEach((key, sums) -> {
            Map<String, BigDecimal> fields = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (AgingBucket bucket : AgingBucket.values()) {
                BigDecimal amount = sums.cents(bucket.field());
                fields.put(bucket.field(), amount);
                total = total.add(amount);
            }
            fields.put(UNAPPLIED, sums.cents(UNAPPLIED));
            fields.put(DISPUTED, sums.cents(DISPUTED));
            if (byCurrency) {
                fields.put(TRANSACTION, sums.get(TRANSACTION));
            }
            rows.add(new MetricRow(
                    key, sums.currency(), total.add(sums.cents(UNAPPLIED)), null, null, sums.flags(), fields));
        });
        return MetricReport.of(METRIC, query, rows);
    }
}
