package dev.ledgerline.core.billing.state;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billability.EntryClassifier;
import dev.ledgerline.core.billability.EntryFacts;
import dev.ledgerline.core.billing.BillingSetup;
import dev.ledgerline.core.billing.ContractState;
import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.rates.CurrencyConversion;
import dev.ledgerline.core.rates.EmployeeHistory;
import dev.ledgerline.core.rates.RatePrecedence;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One contract as a run sees it: the versions held when the run started, resolved into the contract
 * and its current terms, projects, tasks, employee histories, the records to bill, the billing
 * history, and the classifier and currency conversion of the contract's entity.
 */
public final class RunContext {

    private final LocalDate runDate;
    private final Instant startedAt;
    private final BillingSetup setup;
    private final EntitySettings entity;
    private final RecordVersion<Contract> contractVersion;
    private final Customer customer;
    private final Map<Ref, Project> projects;
    private final Map<Ref, Task> tasks;
    private final Map<Ref, EmployeeHistory> employees;
    private final LedgerView<TimeEntry> entries;
    private final LedgerView<Expense> expenses;
    private final LedgerView<VendorBill> vendorBills;
    private final LedgerView<MilestoneAcceptance> acceptances;
    private final BillingHistory history;
    private final EntryClassifier classifier;
    private final CurrencyConversion conversion;

    private RunContext(
            LocalDate runDate,
            Instant startedAt,
            BillingSetup setup,
            RecordVersion<Contract> contractVersion,
            ContractState state) {
        this.runDate = runDate;
        this.startedAt = startedAt;
        this.setup = setup;
        this.contractVersion = contractVersion;
        Contract contract = contractVersion.data();
        this.entity = setup.entity(contract.entity());
        this.customer = LedgerView.asOf(state.customer(), startedAt).live().stream()
                .map(RecordVersion::data)
                .findFirst()
                .orElse(null);
        this.projects = byRef(LedgerView.asOf(state.projects(), startedAt).live());
        this.tasks = byRef(LedgerView.asOf(state.tasks(), startedAt).live());
        this.employees = employeeHistories(state.employees(), startedAt, entity);
        this.entries = LedgerView.asOf(state.timeEntries(), startedAt);
        this.expenses = LedgerView.asOf(state.expenses(), startedAt);
        this.vendorBills = LedgerView.asOf(state.vendorBills(), startedAt);
        this.acceptances = LedgerView.asOf(state.milestoneAcceptances(), startedAt);
        this.history = BillingHistory.of(contractVersion.key().ref(), state.proposals());
        this.classifier = new EntryClassifier(new RatePrecedence(setup.firmRates(), setup::exchangeRates));
        this.conversion = new CurrencyConversion(setup.exchangeRates(contract.entity()));
    }

    /** The contract as held at {@code startedAt}; empty when the ledger did not hold it (or held a tombstone). */
    public static Optional<RunContext> of(
            ContractState state, LocalDate runDate, Instant startedAt, BillingSetup setup) {
        return LedgerView.asOf(state.contract(), startedAt).live().stream()
                .findFirst()
                .map(v -> new RunContext(runDate, startedAt, setup, v, state));
    }

    public LocalDate runDate() {
        return runDate;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public BillingSetup setup() {
        return setup;
    }

    public EntitySettings entity() {
        return entity;
    }

    public Contract contract() {
        return contractVersion.data();
    }

    public RecordVersion<Contract> contractVersion() {
        return contractVersion;
    }

    public RecordKey contractKey() {
        return contractVersion.key();
    }

    public Ref contractRef() {
        return contractVersion.key().ref();
    }

    /** The terms after every signed amendment (docs/adr/0103). */
    public ContractTerms terms() {
        return contract().currentTerms();
    }

    public Optional<Customer> customer() {
        return Optional.ofNullable(customer);
    }

    /** The contract's projects (those whose {@code contract} is this contract), by reference. */
    public Map<Ref, Project> projects() {
        Map<Ref, Project> own = new TreeMap<>(Comparator.comparing(Ref::toString));
        projects.forEach((ref, p) -> {
            if (contractRef().equals(p.contract())) {
                own.put(ref, p);
            }
        });
        return own;
    }

    public boolean isOwnProject(Ref project) {
        Project p = projects.get(project);
        return p != null && contractRef().equals(p.contract());
    }

    /** The single project of a contract that has exactly one; contract-level lines go to its invoice. */
    public Optional<Ref> soleProject() {
        Map<Ref, Project> own = projects();
        return own.size() == 1 ? Optional.of(own.keySet().iterator().next()) : Optional.empty();
    }

    public Optional<Project> project(Ref ref) {
        return Optional.ofNullable(projects.get(ref));
    }

    public EmployeeHistory employee(Ref ref) {
        return employees.getOrDefault(ref, new EmployeeHistory(ref, List.of()));
    }

    public LedgerView<TimeEntry> entries() {
        return entries;
    }

    public LedgerView<Expense> expenses() {
        return expenses;
    }

    public LedgerView<VendorBill> vendorBills() {
        return vendorBills;
    }

    public LedgerView<MilestoneAcceptance> acceptances() {
        return acceptances;
    }

    public BillingHistory history() {
        return history;
    }

    public CurrencyConversion conversion() {
        return conversion;
    }

    /** Classifies an entry of one of the contract's projects; empty when its project is not the contract's. */
    public Optional<ClassifiedEntry> classify(RecordVersion<TimeEntry> entry) {
        Ref projectRef = entry.data().project();
        if (!isOwnProject(projectRef)) {
            return Optional.empty();
        }
        Task task = entry.data().task() == null ? null : tasks.get(entry.data().task());
        return Optional.of(classifier.classify(new EntryFacts(
                entry,
                projects.get(projectRef),
                task,
                contract(),
                employee(entry.data().employee()))));
    }

    /** The rate the contract gives {@code entry} (any version), for telling an entry's re-pricing from an amendment's. */
    public Optional<BigDecimal> rateOf(RecordVersion<TimeEntry> entry) {
        return classify(entry).flatMap(ClassifiedEntry::rate).map(r -> r.amount());
    }

    /**
     * When the ledger received the entry's current approval: the receipt of the earliest version of the
     * latest unbroken run of approved versions held (the latest version's receipt when earlier ones are
     * not given).
     */
    public Instant approvalArrival(RecordKey entry) {
        List<RecordVersion<TimeEntry>> versions = entries.held(entry);
        Instant arrival = versions.getLast().receivedAt();
        for (int i = versions.size() - 1; i >= 0 && versions.get(i).data().isApproved(); i--) {
            arrival = versions.get(i).receivedAt();
        }
        return arrival;
    }

    /**
     * Whether a run lists a record left out for {@code reason}: records waiting ({@code NOT_APPROVED},
     * {@code NO_RATE}) always; records left out for good only when dated after the run date of the
     * contract's latest approved, delivered or posted proposal, which listed the earlier ones.
     */
    public boolean reportsExclusion(LocalDate recordDate, String reason) {
        if ("NOT_APPROVED".equals(reason) || "NO_RATE".equals(reason)) {
            return true;
        }
        return history.lastRunDate().map(recordDate::isAfter).orElse(true);
    }

    /** The date of an instant in the entity's time zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(entity.timeZone()).toLocalDate();
    }

    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(dateOf(instant));
    }

    /** The employee's display name on {@code date}, else their reference. */
    public String employeeName(Ref ref, LocalDate date) {
        return employee(ref).on(date).map(Employee::name).orElse(ref.toString());
    }

    private static <T extends CanonicalRecord> Map<Ref, T> byRef(List<RecordVersion<T>> versions) {
        Map<Ref, T> map = new TreeMap<>(Comparator.comparing(Ref::toString));
        versions.forEach(v -> map.put(v.key().ref(), v.data()));
        return map;
    }

    private static Map<Ref, EmployeeHistory> employeeHistories(
            List<RecordVersion<Employee>> versions, Instant startedAt, EntitySettings entity) {
        Map<Ref, List<RecordVersion<Employee>>> byEmployee = new TreeMap<>(Comparator.comparing(Ref::toString));
        for (RecordVersion<Employee> v : versions) {
            if (v.heldAt(startedAt) && v.key().type() == RecordType.EMPLOYEE) {
                byEmployee
                        .computeIfAbsent(v.key().ref(), k -> new ArrayList<>())
                        .add(v);
            }
        }
        Map<Ref, EmployeeHistory> histories = new TreeMap<>(Comparator.comparing(Ref::toString));
        byEmployee.forEach((ref, list) -> histories.put(ref, EmployeeHistory.of(ref, list, entity.timeZone())));
        return histories;
    }
}
