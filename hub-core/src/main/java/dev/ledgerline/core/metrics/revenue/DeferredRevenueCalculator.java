package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.firm.EntitySettings.TmRevenue;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.backlog.BacklogCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code deferred-revenue} and {@code contract-asset} at the end of {@code to}, per contract and
 * model ({@link ContractPositions}), reported in entity currency at the rate of {@code to}.
 */
public final class DeferredRevenueCalculator {

    public static final String DEFERRED = "deferred-revenue";
    public static final String ASSET = "contract-asset";
    private static final String VALUE = "value";

    private final HeldRecords held;
    private final FirmSettings settings;
    private final List<InvoiceProposal> proposals;

    public DeferredRevenueCalculator(HeldRecords held, FirmSettings settings, List<InvoiceProposal> proposals) {
        this.held = held;
        this.settings = settings;
        this.proposals = List.copyOf(proposals);
    }

    public MetricReport deferredRevenue(ReportQuery query) {
        return report(DEFERRED, query, true);
    }

    public MetricReport contractAsset(ReportQuery query) {
        return report(ASSET, query, false);
    }

    private MetricReport report(String metric, ReportQuery query, boolean deferred) {
        LocalDate date = query.to();
        ReportCurrency currency = ReportCurrency.of(settings, query);
        RecognitionInputs in = new RecognitionInputs(held, settings, query.basis(), proposals);
        RecognisedFees fees = new RecognisedFees(in, settings, currency);
        ContractPositions positions = new ContractPositions(in, fees);
        RevenueCalculator revenue = new RevenueCalculator(held, settings, proposals);
        List<Fact> facts = new ArrayList<>();
        for (RecordVersion<Contract> v : held.all(RecordType.CONTRACT, Contract.class)) {
            Contract contract = v.data();
            if (!query.selects(contract.entity())) {
                continue;
            }
            TmRevenue basis = revenue.revenueBasis(query, contract.entity());
            ContractPositions.Position p = positions.on(v.key().ref(), contract, date, basis);
            BigDecimal amount = deferred ? p.deferredRevenue() : p.contractAsset();
            facts.add(Fact.of(
                    fees.contractAttributes(v.key().ref(), contract),
                    date,
                    currency.currencyOf(contract.entity()),
                    Map.of(VALUE, currency.cents(amount, contract.currency(), contract.entity(), date))));
        }
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(metric, BacklogCalculator.DIMENSIONS, query)
                .sum(facts)
                .forEach((key, sums) ->
                        rows.add(MetricRow.amount(key, sums.currency(), sums.cents(VALUE), sums.flags())));
        return MetricReport.of(metric, query, rows);
    }
}
