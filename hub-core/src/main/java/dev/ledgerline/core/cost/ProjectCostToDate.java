package dev.ledgerline.core.cost;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.ReportCurrency;
import dev.ledgerline.core.recognition.CostBasis;
import dev.ledgerline.core.recognition.CostToDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fixed-fee {@code costToDate(d)}: the cost of a project's approved time dated on or before
 * {@code d} (standard cost on the provisional basis, payroll actuals on the final) plus its approved
 * expenses and vendor bills at cost, in the contract's currency, each cost converted at the rate of
 * its date with the contract entity's rates. A contract's cost is the sum over its projects.
 */
public final class ProjectCostToDate {

    /** A project's cost to date by kind, in {@code currency}; {@code hours} are approved recorded hours. */
    public record Breakdown(
            String currency, BigDecimal labour, BigDecimal expenses, BigDecimal vendorBills, BigDecimal hours) {

        public BigDecimal total() {
            return labour.add(expenses).add(vendorBills);
        }

        Breakdown plus(Breakdown other) {
            return new Breakdown(
                    currency,
                    labour.add(other.labour),
                    expenses.add(other.expenses),
                    vendorBills.add(other.vendorBills),
                    hours.add(other.hours));
        }
    }

    private final HeldRecords held;
    private final FirmSettings settings;
    private final Basis basis;
    private final Attribution attribution;
    private final ApprovedTime approvedTime;
    private final Map<String, List<DirectCost.Item>> directCostByCurrency = new HashMap<>();

    public ProjectCostToDate(HeldRecords held, FirmSettings settings, Basis basis) {
        this.held = held;
        this.settings = settings;
        this.basis = basis;
        this.attribution = new Attribution(held);
        this.approvedTime = new ApprovedTime(held);
    }

    /**
     * The cost to date revenue recognition reads ({@code core.recognition.CostToDate}), on either
     * basis, in the contract's currency: the currency {@code fixedFee} and {@code estimatedCost} are
     * stated in, so that percent complete compares like with like.
     */
    public static CostToDate forRecognition(HeldRecords held, FirmSettings settings) {
        ProjectCostToDate provisional = new ProjectCostToDate(held, settings, Basis.PROVISIONAL);
        ProjectCostToDate fin = new ProjectCostToDate(held, settings, Basis.FINAL);
        return (project, date, basis) -> (basis == CostBasis.FINAL ? fin : provisional).ofProject(project, date);
    }

    /** {@code costToDate(d)} of a project, in its contract's currency (its entity's without a contract). */
    public BigDecimal ofProject(Ref project, LocalDate date) {
        return breakdown(project, date).total();
    }

    /** {@code costToDate(d)} of a contract: the sum over its projects, in the contract's currency. */
    public BigDecimal ofContract(Ref contract, LocalDate date) {
        return contractBreakdown(contract, date).total();
    }

    public Breakdown contractBreakdown(Ref contract, LocalDate date) {
        String currency = held.contract(contract)
                .map(Contract::currency)
                .orElseThrow(() -> new IllegalArgumentException("unknown contract " + contract));
        Breakdown sum = new Breakdown(currency, zero(), zero(), zero(), BigDecimal.ZERO);
        for (RecordVersion<Project> v : held.all(RecordType.PROJECT, Project.class)) {
            if (contract.equals(v.data().contract())) {
                sum = sum.plus(breakdown(v.key().ref(), date, currency));
            }
        }
        return sum;
    }

    public Breakdown breakdown(Ref project, LocalDate date) {
        Project p = held.project(project).orElseThrow(() -> new IllegalArgumentException("unknown project " + project));
        String currency = held.contract(p.contract())
                .map(Contract::currency)
                .orElseGet(() -> settings.entity(attribution.entityOfProject(p)).currency());
        return breakdown(project, date, currency);
    }

    private Breakdown breakdown(Ref project, LocalDate date, String currency) {
        DateRange range = DateRange.upTo(date);
        ReportCurrency conversion = ReportCurrency.fixed(settings, currency);
        List<RecordVersion<TimeEntry>> entries = approvedTime.onProject(project, range);
        StandardLabourCost standard = new StandardLabourCost(attribution, settings, conversion);
        List<CostCell> cells;
        if (basis == Basis.PROVISIONAL) {
            cells = standard.cells(entries, Set.of());
        } else {
            Set<Ref> employees = entries.stream().map(v -> v.data().employee()).collect(Collectors.toSet());
            cells = new PayrollLabourCost(attribution, conversion, approvedTime, standard)
                    .cost(range, employees).cells().stream()
                            .filter(c -> c.project().equals(project))
                            .toList();
        }
        BigDecimal labour = cells.stream().map(CostCell::amount).reduce(zero(), BigDecimal::add);
        BigDecimal hours = entries.stream().map(v -> v.data().hours()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expenses = zero();
        BigDecimal vendorBills = zero();
        for (DirectCost.Item item : directCost(currency)) {
            if (item.project().equals(project) && range.contains(item.date())) {
                if (item.kind() == DirectCost.Kind.EXPENSE) {
                    expenses = expenses.add(item.amount());
                } else {
                    vendorBills = vendorBills.add(item.amount());
                }
            }
        }
        return new Breakdown(currency, labour, expenses, vendorBills, hours);
    }

    /** Every expense and vendor bill as cost in {@code currency}, computed once per currency. */
    private List<DirectCost.Item> directCost(String currency) {
        return directCostByCurrency.computeIfAbsent(
                currency,
                c -> new DirectCost(attribution, ReportCurrency.fixed(settings, c))
                        .items(DateRange.upTo(LocalDate.of(9999, 12, 31))));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
