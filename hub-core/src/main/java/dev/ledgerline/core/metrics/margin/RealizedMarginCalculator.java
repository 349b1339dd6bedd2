package dev.ledgerline.core.metrics.margin;

import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Invoice.Line;
import dev.ledgerline.core.canonical.Invoice.PaymentApplied;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.cost.CostCalculator;
import dev.ledgerline.core.cost.EntryCost;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.BilledTime;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.receivables.Receivables;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code realized-margin}: cash received in the period, less the cost of the work it paid for. Each
 * payment dated in {@code from}–{@code to} on a posted invoice is allocated to the invoice's lines
 * pro rata to their amounts; a line's share is {@code payment × line amount / invoice total} (the
 * untaxed part of the payment, at the invoice-date rate). The cost subtracted is that of the entries
 * (and expenses) behind the line, in the proportion of the line the payment settles:
 * {@code cost × share / line amount}. Time lines split their share among their entries like billed
 * value. Milestone, retainer and subscription lines carry no entries and so no cost.
 */
public final class RealizedMarginCalculator {

    public static final String METRIC = "realized-margin";
    private static final String REVENUE = "realizedRevenue";
    private static final String COST = "realizedCost";

    private final HeldRecords held;
    private final FirmSettings settings;

    public RealizedMarginCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    public List<Fact> facts(ReportQuery query) {
        ReportCurrency currency = ReportCurrency.of(settings, query);
        EntryCost entryCost = new EntryCost(held, settings, query.basis(), currency, query.to());
        BilledTime billed = new BilledTime(held, new ClassifiedTime(held, settings).all());
        Attribution attribution = new Attribution(held);
        Receivables receivables = new Receivables(held);
        List<Fact> facts = new ArrayList<>();
        for (Invoice inv : receivables.invoices()) {
            if (!query.selects(inv.entity()) || inv.amountTotal().signum() == 0) {
                continue;
            }
            Attributes docAttributes = attribution.ofDocument(inv);
            for (PaymentApplied p : receivables.cashPayments(inv)) {
                if (!query.covers(p.date())) {
                    continue;
                }
                for (Line line : inv.lines()) {
                    if (line.amount().signum() == 0) {
                        continue;
                    }
                    BigDecimal share = p.amount().multiply(line.amount()).divide(inv.amountTotal(), Rounding.DIVISION);
                    BigDecimal paidFraction = share.divide(line.amount(), Rounding.DIVISION);
                    Map<RecordKey, BigDecimal> entryShares = billed.sharesOf(line);
                    BigDecimal attributed = BigDecimal.ZERO;
                    for (var e : entryShares.entrySet()) {
                        BigDecimal entryRevenue = share.multiply(e.getValue()).divide(line.amount(), Rounding.DIVISION);
                        attributed = attributed.add(entryRevenue);
                        Attributes a = held.current(e.getKey(), TimeEntry.class)
                                .map(attribution::ofEntry)
                                .orElse(docAttributes);
                        BigDecimal cost =
                                entryCost.of(e.getKey()).orElse(BigDecimal.ZERO).multiply(paidFraction);
                        facts.add(fact(a, p, inv, currency, entryRevenue, cost));
                    }
                    BigDecimal rest = share.subtract(attributed);
                    BigDecimal restCost = entryShares.isEmpty()
                            ? expenseCost(line, inv, currency).multiply(paidFraction)
                            : BigDecimal.ZERO;
                    if (rest.signum() != 0 || restCost.signum() != 0) {
                        facts.add(fact(docAttributes, p, inv, currency, rest, restCost));
                    }
                }
            }
        }
        return facts;
    }

    public MetricReport report(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, CostCalculator.DIMENSIONS, query).sum(facts(query)).forEach((key, sums) -> {
            BigDecimal revenue = sums.cents(REVENUE);
            BigDecimal cost = sums.cents(COST);
            rows.add(new MetricRow(
                    key,
                    sums.currency(),
                    revenue.subtract(cost),
                    null,
                    null,
                    sums.flags(),
                    MetricRow.fieldsOf(REVENUE, revenue, COST, cost)));
        });
        return MetricReport.of(METRIC, query, rows);
    }

    private Fact fact(
            Attributes a, PaymentApplied p, Invoice inv, ReportCurrency currency, BigDecimal revenue, BigDecimal cost) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put(REVENUE, currency.cents(revenue, inv.currency(), inv.entity(), inv.invoiceDate()));
        m.put(COST, Rounding.cents(cost));
        return Fact.of(a, p.date(), currency.currencyOf(inv.entity()), m);
    }

    /** The cost of the expenses an expense line bills (converted at their dates), zero for other lines. */
    private BigDecimal expenseCost(Line line, Invoice inv, ReportCurrency currency) {
        BigDecimal cost = BigDecimal.ZERO;
        for (RecordKey key : line.entries()) {
            if (key.type() == RecordType.EXPENSE) {
                Optional<Expense> e = held.current(key, Expense.class);
                if (e.isPresent() && e.get().isApproved()) {
                    cost = cost.add(currency.exact(
                            e.get().amount(),
                            e.get().currency(),
                            inv.entity(),
                            e.get().date()));
                }
            }
        }
        return cost;
    }
}
