package dev.ledgerline.core.metrics.backlog;

import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.ProposalLine;
import dev.ledgerline.core.canonical.BillingModel;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.BilledTime;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Fact;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.Grouping;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.revenue.RecognisedFees;
import dev.ledgerline.core.metrics.revenue.RecognitionInputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code backlog} at the end of {@code to}, per contract (domain.md "Reports"):
 *
 * <ul>
 *   <li>time and materials with a cap: {@code notToExceed − net billed time fees}; without a cap,
 *       {@code budgetAmount} (of its projects) − net billed time fees when a budget is set, else not
 *       reported;
 *   <li>retainer and subscription: committed periods not yet invoiced × period amount, with the
 *       count in {@code periods};
 *   <li>fixed fee: {@code contract amount − recognisedToDate}, from revenue recognition
 *       ({@code core.recognition}).
 * </ul>
 *
 * Billed figures come from posted Odoo documents (final) or the hub's proposals that hold work
 * (provisional), dated on or before {@code to}. Amounts in contract currency, reported in entity
 * currency at the rate of {@code to}; grouped by contract, {@code contractCurrencyAmount} gives them
 * in the contract's currency.
 */
public final class BacklogCalculator {

    public static final String METRIC = "backlog";
    public static final String PERIODS = "periods";
    public static final String CONTRACT_AMOUNT = "contractCurrencyAmount";
    static final String VALUE = "value";

    public static final Set<Dimension> DIMENSIONS =
            EnumSet.of(Dimension.ENTITY, Dimension.PRACTICE, Dimension.CUSTOMER, Dimension.PROJECT, Dimension.CONTRACT);

    private final HeldRecords held;
    private final FirmSettings settings;
    private final List<InvoiceProposal> proposals;

    public BacklogCalculator(HeldRecords held, FirmSettings settings, List<InvoiceProposal> proposals) {
        this.held = held;
        this.settings = settings;
        this.proposals = List.copyOf(proposals);
    }

    public List<Fact> facts(ReportQuery query) {
        LocalDate date = query.to();
        ReportCurrency currency = ReportCurrency.of(settings, query);
        RecognitionInputs in = new RecognitionInputs(held, settings, query.basis(), proposals);
        RecognisedFees fees = new RecognisedFees(in, settings, currency);
        BilledTime billed = in.billed();
        List<Fact> facts = new ArrayList<>();
        for (RecordVersion<Contract> v : held.all(RecordType.CONTRACT, Contract.class)) {
            Contract contract = v.data();
            Ref ref = v.key().ref();
            if (!query.selects(contract.entity())) {
                continue;
            }
            List<Project> projects = projectsOf(ref);
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            Optional<BigDecimal> amount = switch (contract.billingModel()) {
                case TIME_AND_MATERIALS -> timeAndMaterials(contract, ref, projects, billed, query);
                case RETAINER, SUBSCRIPTION ->
                    CommittedPeriods.of(contract).map(c -> {
                        int periods =
                                Math.max(c.count() - invoicedPeriods(ref, contract.billingModel(), billed, query), 0);
                        m.put(PERIODS, BigDecimal.valueOf(periods));
                        return c.periodAmount().multiply(BigDecimal.valueOf(periods));
                    });
                case FIXED_FEE ->
                    ContractAmount.of(contract, date)
                            .map(fee -> fee.subtract(
                                    fees.fixedFeePosition(ref, contract, date).recognisedToDate()));
            };
            if (amount.isEmpty()) {
                continue;
            }
            m.put(VALUE, currency.cents(amount.get(), contract.currency(), contract.entity(), date));
            m.put(CONTRACT_AMOUNT, amount.get());
            facts.add(Fact.of(attributes(contract, ref, projects), date, currency.currencyOf(contract.entity()), m));
        }
        return facts;
    }

    public MetricReport report(ReportQuery query) {
        boolean byContract = query.groupsBy(Dimension.CONTRACT);
        List<MetricRow> rows = new ArrayList<>();
        Grouping.of(METRIC, DIMENSIONS, query).sum(facts(query)).forEach((key, sums) -> {
            Map<String, BigDecimal> fields = MetricRow.fieldsOf(PERIODS, sums.get(PERIODS));
            if (byContract) {
                fields.put(CONTRACT_AMOUNT, sums.get(CONTRACT_AMOUNT));
            }
            rows.add(new MetricRow(key, sums.currency(), sums.cents(VALUE), null, null, sums.flags(), fields));
        });
        return MetricReport.of(METRIC, query, rows);
    }

    private Optional<BigDecimal> timeAndMaterials(
            Contract contract, Ref ref, List<Project> projects, BilledTime billed, ReportQuery query) {
        BigDecimal base = contract.currentTerms().notToExceed();
        if (base == null) {
            List<BigDecimal> budgets = projects.stream()
                    .map(Project::budgetAmount)
                    .filter(b -> b != null)
                    .toList();
            if (budgets.isEmpty()) {
                return Optional.empty();
            }
            base = budgets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return Optional.of(base.subtract(netTimeFees(ref, billed, query)));
    }

    private BigDecimal netTimeFees(Ref contract, BilledTime billed, ReportQuery query) {
        if (query.basis() == Basis.FINAL) {
            return billed.netTimeFees(contract, query.to());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (InvoiceProposal p : proposals) {
            if (!p.status().holdsWork() || p.invoiceDate().isAfter(query.to())) {
                continue;
            }
            for (ProposalLine line : p.lines()) {
                boolean timeFee = line.kind() == LineKind.TIME
                        || line.kind() == LineKind.NTE_ADJUSTMENT
                        || (line.kind().isAdjustment()
                                && p.line(line.refersTo())
                                        .map(l -> l.kind() == LineKind.TIME)
                                        .orElse(true));
                if (timeFee && contract.equals(line.contract())) {
                    sum = sum.add(
                            line.amount().multiply(BigDecimal.valueOf(p.kind().sign())));
                }
            }
        }
        return sum;
    }

    private int invoicedPeriods(Ref contract, BillingModel model, BilledTime billed, ReportQuery query) {
        String kind = model == BillingModel.RETAINER ? "retainer" : "subscription";
        if (query.basis() == Basis.FINAL) {
            int count = 0;
            for (Invoice doc : billed.documents()) {
                if (!doc.isCreditNote()
                        && contract.equals(doc.contract())
                        && !doc.invoiceDate().isAfter(query.to())) {
                    count += (int) doc.lines().stream()
                            .filter(l -> kind.equals(l.kind()))
                            .count();
                }
            }
            return count;
        }
        Set<String> items = new HashSet<>();
        for (InvoiceProposal p : proposals) {
            if (p.status().holdsWork() && !p.isCreditNote() && !p.invoiceDate().isAfter(query.to())) {
                p.lines().stream()
                        .filter(l -> l.kind().wireName().equals(kind) && contract.equals(l.contract()))
                        .forEach(l -> items.add(l.item() != null ? l.item() : p.id() + "/" + l.lineId()));
            }
        }
        return items.size();
    }

    private List<Project> projectsOf(Ref contract) {
        return held.all(RecordType.PROJECT, Project.class).stream()
                .map(RecordVersion::data)
                .filter(p -> contract.equals(p.contract()))
                .toList();
    }

    private Attributes attributes(Contract contract, Ref ref, List<Project> projects) {
        List<RecordVersion<Project>> versions = held.all(RecordType.PROJECT, Project.class).stream()
                .filter(v -> ref.equals(v.data().contract()))
                .toList();
        Attributes a = versions.size() == 1
                ? new Attribution(held).ofProject(versions.getFirst().key().ref())
                : Attributes.NONE;
        return a.with(Dimension.ENTITY, contract.entity())
                .with(Dimension.CUSTOMER, contract.customer())
                .with(Dimension.CONTRACT, ref)
                .with(
                        Dimension.PRACTICE,
                        projects.size() == 1 ? projects.getFirst().practice() : null);
    }
}
