package dev.ledgerline.core.metrics.margin;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.cost.ProjectCostToDate;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.backlog.BacklogCalculator;
import dev.ledgerline.core.metrics.revenue.RecognisedFees;
import dev.ledgerline.core.metrics.revenue.RecognitionInputs;
import dev.ledgerline.core.metrics.revenue.RevenueCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code earned-margin} per contract at the end of {@code to}: fee revenue recognised to date (by
 * model and revenue basis) − cost to date ({@link ProjectCostToDate} on the query's basis), both in
 * contract currency, reported in entity currency at the rate of {@code to}.
 */
public final class EarnedMarginCalculator {

    public static final String METRIC = "earned-margin";
    private static final String RECOGNISED = "recognisedToDate";
    private static final String COST = "costToDate";

    private final HeldRecords held;
    private final FirmSettings settings;
    private final List<InvoiceProposal> proposals;

    public EarnedMarginCalculator(HeldRecords held, FirmSettings settings, List<InvoiceProposal> proposals) {
        this.held = held;
        this.settings = settings;
        this.proposals = List.copyOf(proposals);
    }

    public MetricReport report(ReportQuery query) {
        LocalDate date = query.to();
        ReportCurrency currency = ReportCurrency.of(settings, query);
        RecognitionInputs in = new RecognitionInputs(held, settings, query.basis(), proposals);
        RecognisedFees fees = new RecognisedFees(in, settings, currency);
        ProjectCostToDate cost = new ProjectCostToDate(held, settings, query.basis());
        RevenueCalculator revenue = new RevenueCalculator(held, settings, proposals);
        List<Fact> facts = new ArrayList<>();
        for (RecordVersion<Contract> v : held.all(RecordType.CONTRACT, Contract.class)) {
            Contract contract = v.data();
            if (!query.selects(contract.entity()) || in.projects(v.key().ref()).isEmpty()) {
                continue;
            }
            BigDecimal recognised = fees.recognisedToDate(
                    v.key().ref(), contract, date, revenue.revenueBasis(query, contract.entity()));
            BigDecimal costToDate = cost.ofContract(v.key().ref(), date);
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            m.put(RECOGNISED, currency.cents(recognised, contract.currency(), contract.entity(), date));
            m.put(COST, currency.cents(costToDate, contract.currency(), contract.entity(), date));
            facts.add(Fact.of(
                    fees.contractAttributes(v.key().ref(), contract), date, currency.currencyOf(contract.entity()), m));
        }
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, BacklogCalculator.DIMENSIONS, query)
                .sum(facts)
                .forEach((key, sums) -> rows.add(new MetricRow(
                        key,
                        sums.currency(),
                        sums.cents(RECOGNISED).subtract(sums.cents(COST)),
                        null,
                        null,
                        sums.flags(),
                        MetricRow.fieldsOf(RECOGNISED, sums.cents(RECOGNISED), COST, sums.cents(COST)))));
        return MetricReport.of(METRIC, query, rows);
    }
}
