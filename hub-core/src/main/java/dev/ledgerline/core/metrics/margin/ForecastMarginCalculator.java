package dev.ledgerline.core.metrics.margin;

import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.PurchaseCommitment;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.cost.ProjectCostToDate;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.Dimension;
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
import dev.ledgerline.core.metrics.backlog.ContractAmount;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Forecast margin per contract at the end of {@code to}: contract amount (else the projects'
 * {@code budgetAmount}) − (cost to date + ETC + open commitments).
 *
 * <ul>
 *   <li>cost to date: {@link ProjectCostToDate} on the query's basis, in contract currency;
 *   <li>ETC per project = {@code max(budgetHours − approved hours to date, 0)} × the project's
 *       average standard cost per approved hour to date, rounded per project (0 without a budget or
 *       without hours to average); EAC = cost to date + ETC;
 *   <li>open commitments = each purchase commitment less the approved vendor bills that reference
 *       it, never below 0, converted at its date;
 *   <li>fixed fee: {@code ESTIMATE_EXCEEDED} when EAC > {@code estimatedCost}; {@code expectedLoss} =
 *       EAC − {@code fixedFee} when positive.
 * </ul>
 *
 * Figures are reported in entity currency at the rate of {@code to}.
 */
public final class ForecastMarginCalculator {

    public static final String METRIC = "forecast-margin";
    private static final String[] FIELDS = {
        "contractAmount", "costToDate", "etc", "eac", "openCommitments", "expectedLoss", "forecastMargin"
    };

    private final HeldRecords held;
    private final FirmSettings settings;

    public ForecastMarginCalculator(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.settings = settings;
    }

    /** The forecast of one contract in its own currency; empty when it has no amount or budget. */
    public Optional<Forecast> forecast(Ref contractRef, LocalDate date, Basis basis) {
        Contract contract = held.contract(contractRef).orElseThrow();
        List<RecordVersion<Project>> projects = held.all(RecordType.PROJECT, Project.class).stream()
                .filter(v -> contractRef.equals(v.data().contract()))
                .toList();
        Optional<BigDecimal> amount = ContractAmount.of(contract, date).or(() -> budget(projects));
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal costToDate = new ProjectCostToDate(held, settings, basis).ofContract(contractRef, date);
        ProjectCostToDate standard = new ProjectCostToDate(held, settings, Basis.PROVISIONAL);
        BigDecimal etc = BigDecimal.ZERO.setScale(2);
        BigDecimal open = BigDecimal.ZERO.setScale(2);
        for (RecordVersion<Project> p : projects) {
            var soFar = standard.breakdown(p.key().ref(), date);
            BigDecimal budgetHours = p.data().budgetHours();
            BigDecimal average = Rounding.divide(soFar.labour(), soFar.hours());
            if (budgetHours != null && average != null) {
                BigDecimal remaining = budgetHours.subtract(soFar.hours()).max(BigDecimal.ZERO);
                etc = etc.add(Rounding.cents(remaining.multiply(average)));
            }
            open = open.add(openCommitments(p.key().ref(), contract, date));
        }
        BigDecimal eac = costToDate.add(etc);
        ContractTerms terms = contract.termsOn(date);
        boolean fixedFee = contract.billingModel() == BillingModel.FIXED_FEE;
        boolean exceeded = fixedFee && terms.estimatedCost() != null && eac.compareTo(terms.estimatedCost()) > 0;
        BigDecimal loss = fixedFee && terms.fixedFee() != null
                ? eac.subtract(terms.fixedFee()).max(BigDecimal.ZERO)
                : BigDecimal.ZERO;
        return Optional.of(new Forecast(contract.currency(), amount.get(), costToDate, etc, eac, open, loss, exceeded));
    }

    /** One contract's forecast in its currency. */
    public record Forecast(
            String currency,
            BigDecimal contractAmount,
            BigDecimal costToDate,
            BigDecimal etc,
            BigDecimal eac,
            BigDecimal openCommitments,
            BigDecimal expectedLoss,
            boolean estimateExceeded) {

        public BigDecimal forecastMargin() {
            return contractAmount.subtract(eac).subtract(openCommitments);
        }

        List<BigDecimal> figures() {
            return List.of(contractAmount, costToDate, etc, eac, openCommitments, expectedLoss, forecastMargin());
        }
    }

    public MetricReport report(ReportQuery query) {
        LocalDate date = query.to();
        ReportCurrency currency = ReportCurrency.of(settings, query);
        List<Fact> facts = new ArrayList<>();
        for (RecordVersion<Contract> v : held.all(RecordType.CONTRACT, Contract.class)) {
            Contract contract = v.data();
            if (!query.selects(contract.entity())) {
                continue;
            }
            forecast(v.key().ref(), date, query.basis()).ifPresent(f -> {
                Map<String, BigDecimal> m = new LinkedHashMap<>();
                List<BigDecimal> figures = f.figures();
                for (int i = 0; i < FIELDS.length; i++) {
                    m.put(FIELDS[i], currency.cents(figures.get(i), f.currency(), contract.entity(), date));
                }
                Attributes a = Attributes.NONE
                        .with(Dimension.ENTITY, contract.entity())
                        .with(Dimension.CUSTOMER, contract.customer())
                        .with(Dimension.CONTRACT, v.key().ref());
                Set<Flag> flags = f.estimateExceeded() ? Set.of(Flag.ESTIMATE_EXCEEDED) : Set.of();
                facts.add(new Fact(a.values(), date, currency.currencyOf(contract.entity()), m, flags));
            });
        }
        List<MetricRow> rows = new ArrayList<>();
        Set<Dimension> dims = EnumSet.copyOf(BacklogCalculator.DIMENSIONS);
        dims.remove(Dimension.PROJECT);
        dims.remove(Dimension.PRACTICE);
        Grouping.of(METRIC, dims, query).sum(facts).forEach((key, sums) -> {
            Map<String, BigDecimal> fields = new LinkedHashMap<>();
            for (String name : FIELDS) {
                fields.put(name, sums.cents(name));
            }
            rows.add(new MetricRow(
                    key, sums.currency(), sums.cents("forecastMargin"), null, null, sums.flags(), fields));
        });
        return MetricReport.of(METRIC, query, rows);
    }

    private static Optional<BigDecimal> budget(List<RecordVersion<Project>> projects) {
        List<BigDecimal> budgets = projects.stream()
                .map(p -> p.data().budgetAmount())
                .filter(b -> b != null)
                .toList();
        return budgets.isEmpty()
                ? Optional.empty()
                : Optional.of(budgets.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private BigDecimal openCommitments(Ref project, Contract contract, LocalDate date) {
        BigDecimal open = BigDecimal.ZERO.setScale(2);
        ReportCurrency inContract = ReportCurrency.fixed(settings, contract.currency());
        for (RecordVersion<PurchaseCommitment> c : held.all(RecordType.PURCHASE_COMMITMENT, PurchaseCommitment.class)) {
            PurchaseCommitment commitment = c.data();
            if (!project.equals(commitment.project())) {
                continue;
            }
            Ref ref = c.key().ref();
            BigDecimal billed = held.all(RecordType.VENDOR_BILL, VendorBill.class).stream()
                    .map(RecordVersion::data)
                    .filter(b -> b.isApproved()
                            && ref.equals(b.commitment())
                            && !b.date().isAfter(date))
                    .map(VendorBill::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = commitment.amount().subtract(billed).max(BigDecimal.ZERO);
            LocalDate on = commitment.date() != null ? commitment.date() : date;
            open = open.add(inContract.cents(left, commitment.currency(), contract.entity(), on));
        }
        return open;
    }
}
