package dev.ledgerline.core.metrics.receivables;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Invoice.PaymentApplied;
import dev.ledgerline.core.metrics.Attribution;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exchange differences on receivables, in entity currency; positive is a gain.
 *
 * <ul>
 *   <li>{@code fx-realized}: per payment dated in {@code from}–{@code to}, the payment converted at
 *       its date less the share of the invoice it settles (the same amount) converted at the
 *       invoice date.
 *   <li>{@code fx-unrealized}: per open item at the end of {@code to} (unapplied credits included),
 *       its amount revalued at the rate of {@code to} (the month end) less the same at the invoice
 *       date.
 * </ul>
 *
 * Credit notes applied to invoices settle in the invoice's own currency and realize nothing.
 */
public final class FxCalculator {

    public static final String REALIZED = "fx-realized";
    public static final String UNREALIZED = "fx-unrealized";
    public static final String GAIN = "gain";
    public static final String AT_DOCUMENT_RATE = "atInvoiceRate";
    public static final String AT_NEW_RATE = "atCurrentRate";

    private final HeldRecords held;
    private final FirmSettings settings;

    public FxCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    public MetricReport realized(ReportQuery query) {
        Receivables receivables = new Receivables(held);
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        List<Fact> facts = new ArrayList<>();
        for (Invoice inv : receivables.invoices()) {
            if (!query.selects(inv.entity())) {
                continue;
            }
            for (PaymentApplied p : receivables.cashPayments(inv)) {
                if (query.covers(p.date())) {
                    BigDecimal atPayment = currency.cents(p.amount(), inv.currency(), inv.entity(), p.date());
                    BigDecimal atInvoice = currency.cents(p.amount(), inv.currency(), inv.entity(), inv.invoiceDate());
                    facts.add(fact(attribution, currency, inv, p.date(), atInvoice, atPayment));
                }
            }
        }
        return report(REALIZED, query, facts);
    }

    public MetricReport unrealized(ReportQuery query) {
        Receivables receivables = new Receivables(held);
        ReportCurrency currency = ReportCurrency.of(settings, query);
        Attribution attribution = new Attribution(held);
        List<Fact> facts = new ArrayList<>();
        for (OpenItem item : receivables.openAt(query.to())) {
            Invoice doc = item.document();
            if (query.selects(doc.entity())) {
                BigDecimal atMonthEnd = currency.cents(item.open(), doc.currency(), doc.entity(), query.to());
                BigDecimal atInvoice = currency.cents(item.open(), doc.currency(), doc.entity(), doc.invoiceDate());
                facts.add(fact(attribution, currency, doc, doc.invoiceDate(), atInvoice, atMonthEnd));
            }
        }
        return report(UNREALIZED, query, facts);
    }

    private static Fact fact(
            Attribution attribution,
            ReportCurrency currency,
            Invoice doc,
            LocalDate date,
            BigDecimal atDocumentRate,
            BigDecimal atNewRate) {
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        measures.put(GAIN, atNewRate.subtract(atDocumentRate));
        measures.put(AT_DOCUMENT_RATE, atDocumentRate);
        measures.put(AT_NEW_RATE, atNewRate);
        return Fact.of(attribution.ofDocument(doc), date, currency.currencyOf(doc.entity()), measures);
    }

    private static MetricReport report(String metric, ReportQuery query, List<Fact> facts) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(metric, ArAgingCalculator.DIMENSIONS, query)
                .sum(facts)
                .forEach((key, sums) -> rows.add(new MetricRow(
                        key,
                        sums.currency(),
                        sums.cents(GAIN),
                        null,
                        null,
                        sums.flags(),
                        MetricRow.fieldsOf(
                                AT_DOCUMENT_RATE,
                                sums.cents(AT_DOCUMENT_RATE),
                                AT_NEW_RATE,
                                sums.cents(AT_NEW_RATE)))));
        return MetricReport.of(metric, query, rows);
    }
}
