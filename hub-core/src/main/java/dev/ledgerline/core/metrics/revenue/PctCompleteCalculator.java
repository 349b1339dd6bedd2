package dev.ledgerline.core.metrics.revenue;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.backlog.BacklogCalculator;
import dev.ledgerline.core.numbers.Rounding;
import dev.ledgerline.core.recognition.FixedFeePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pct-complete} of fixed-fee contracts at the end of {@code to}: cost to date ÷ estimated
 * cost, capped at 1 (recognition's {@code pctComplete}). A group of contracts gives Σ min(cost to
 * date, estimate) ÷ Σ estimate, so one contract's row is its own percent complete and a group's is
 * weighted by estimate. Numerator and denominator are in entity currency at the rate of {@code to}.
 * A contract without an estimate is flagged {@code NO_ESTIMATED_COST} and left out of the ratio.
 */
public final class PctCompleteCalculator {

    public static final String METRIC = "pct-complete";
    private static final String DONE = "costToDateWithinEstimate";
    private static final String ESTIMATE = "estimatedCost";

    private final HeldRecords held;
    private final FirmSettings settings;
    private final List<InvoiceProposal> proposals;

    public PctCompleteCalculator(HeldRecords held, FirmSettings settings, List<InvoiceProposal> proposals) {
        this.held = held;
        this.settings = settings;
        this.proposals = List.copyOf(proposals);
    }

    public MetricReport report(ReportQuery query) {
        LocalDate date = query.to();
        ReportCurrency currency = ReportCurrency.of(settings, query);
        RecognitionInputs in = new RecognitionInputs(held, settings, query.basis(), proposals);
        RecognisedFees fees = new RecognisedFees(in, settings, currency);
        List<Fact> facts = new ArrayList<>();
        for (RecordVersion<Contract> v : held.all(RecordType.CONTRACT, Contract.class)) {
            Contract contract = v.data();
            if (contract.billingModel() != BillingModel.FIXED_FEE || !query.selects(contract.entity())) {
                continue;
            }
            FixedFeePosition p = fees.fixedFeePosition(v.key().ref(), contract, date);
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            Set<Flag> flags = Set.of();
            if (p.pctComplete() == null) {
                flags = Set.of(Flag.NO_ESTIMATED_COST);
            } else {
                BigDecimal done = p.costToDate().min(p.estimatedCost());
                m.put(DONE, currency.cents(done, contract.currency(), contract.entity(), date));
                m.put(ESTIMATE, currency.cents(p.estimatedCost(), contract.currency(), contract.entity(), date));
            }
            facts.add(new Fact(
                    fees.contractAttributes(v.key().ref(), contract).values(),
                    date,
                    currency.currencyOf(contract.entity()),
                    m,
                    flags));
        }
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, BacklogCalculator.DIMENSIONS, query).sum(facts).forEach((key, sums) -> {
            BigDecimal ratio = Rounding.divide(sums.cents(DONE), sums.cents(ESTIMATE));
            rows.add(new MetricRow(
                    key,
                    sums.currency(),
                    ratio == null ? null : Rounding.ratio(ratio),
                    sums.cents(DONE),
                    sums.cents(ESTIMATE),
                    sums.flags(),
                    Map.of()));
        });
        return MetricReport.of(METRIC, query, rows);
    }
}
