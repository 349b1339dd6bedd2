package dev.ledgerline.core.metrics.margin;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.cost.CostCalculator;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.Sums;
import dev.ledgerline.core.metrics.revenue.RevenueCalculator;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Margin = revenue − cost of the period, on fees (fee revenue − labour cost, unallocated labour
 * included) and all-in (adding expense, vendor-bill and markup revenue and expense and vendor-bill
 * cost). {@code margin}: {@code value} = fee margin; {@code margin-percent}: {@code value} = fee
 * margin / fee revenue × 100 to 2 decimals, {@code null} when fee revenue is 0. Both carry the
 * all-in figures in their fields. Revenue by {@link RevenueCalculator}, cost by
 * {@link CostCalculator}, on the query's basis.
 */
public final class MarginCalculator {

    public static final String MARGIN = "margin";
    public static final String MARGIN_PERCENT = "margin-percent";
    static final String FEE_REVENUE = "feeRevenue";
    static final String OTHER_REVENUE = "passThroughRevenue";
    static final String LABOUR_COST = "labourCost";
    static final String OTHER_COST = "passThroughCost";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RevenueCalculator revenue;
    private final CostCalculator cost;

    public MarginCalculator(HeldRecords held, FirmSettings settings, List<InvoiceProposal> proposals) {
        this.revenue = new RevenueCalculator(held, settings, proposals);
        this.cost = new CostCalculator(held, settings);
    }

    /** Revenue and cost facts of the period, with margin measures. */
    public List<Fact> facts(ReportQuery query) {
        List<Fact> facts = new ArrayList<>();
        for (Fact f : revenue.facts(query)) {
            facts.add(renamed(
                    f,
                    Map.of(
                            FEE_REVENUE, f.measure(RevenueCalculator.FEES),
                            OTHER_REVENUE,
                                    f.measure(RevenueCalculator.EXPENSES).add(f.measure(RevenueCalculator.MARKUP)))));
        }
        for (Fact f : cost.facts(query)) {
            facts.add(renamed(
                    f,
                    Map.of(
                            LABOUR_COST, f.measure(CostCalculator.LABOUR).add(f.measure(CostCalculator.UNALLOCATED)),
                            OTHER_COST,
                                    f.measure(CostCalculator.EXPENSES).add(f.measure(CostCalculator.VENDOR_BILLS)))));
        }
        return facts;
    }

    public MetricReport margin(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(MARGIN, CostCalculator.DIMENSIONS, query).sum(facts(query)).forEach((key, sums) -> {
            Figures f = Figures.of(sums);
            rows.add(new MetricRow(key, sums.currency(), f.feeMargin(), null, null, sums.flags(), f.fields()));
        });
        return MetricReport.of(MARGIN, query, rows);
    }

    public MetricReport marginPercent(ReportQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(MARGIN_PERCENT, CostCalculator.DIMENSIONS, query)
                .sum(facts(query))
                .forEach((key, sums) -> {
                    Figures f = Figures.of(sums);
                    Map<String, BigDecimal> fields = f.fields();
                    fields.put("allInPercent", percent(f.allInMargin(), f.allInRevenue()));
                    rows.add(new MetricRow(
                            key,
                            sums.currency(),
                            percent(f.feeMargin(), f.feeRevenue()),
                            f.feeMargin(),
                            f.feeRevenue(),
                            sums.flags(),
                            fields));
                });
        return MetricReport.of(MARGIN_PERCENT, query, rows);
    }

    /** {@code margin / revenue × 100} to 2 decimals, null when revenue is 0. */
    public static BigDecimal percent(BigDecimal margin, BigDecimal revenue) {
        BigDecimal ratio = Rounding.divide(margin, revenue);
        return ratio == null ? null : Rounding.twoDecimals(ratio.multiply(HUNDRED));
    }

    private static Fact renamed(Fact f, Map<String, BigDecimal> measures) {
        return new Fact(f.attributes(), f.date(), f.currency(), new LinkedHashMap<>(measures), f.flags());
    }

    private record Figures(
            BigDecimal feeRevenue, BigDecimal labourCost, BigDecimal otherRevenue, BigDecimal otherCost) {

        static Figures of(Sums sums) {
            return new Figures(
                    sums.cents(FEE_REVENUE),
                    sums.cents(LABOUR_COST),
                    sums.cents(OTHER_REVENUE),
                    sums.cents(OTHER_COST));
        }

        BigDecimal feeMargin() {
            return feeRevenue.subtract(labourCost);
        }

        BigDecimal allInRevenue() {
            return feeRevenue.add(otherRevenue);
        }

        BigDecimal allInMargin() {
            return allInRevenue().subtract(labourCost).subtract(otherCost);
        }

        Map<String, BigDecimal> fields() {
            return MetricRow.fieldsOf(
                    FEE_REVENUE,
                    feeRevenue,
                    LABOUR_COST,
                    labourCost,
                    "feeMargin",
                    feeMargin(),
                    "allInRevenue",
                    allInRevenue(),
                    "allInCost",
                    labourCost.add(otherCost),
                    "allInMargin",
                    allInMargin());
        }
    }
}
