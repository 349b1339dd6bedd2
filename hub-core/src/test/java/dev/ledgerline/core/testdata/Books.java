package dev.ledgerline.core.testdata;

import dev.ledgerline.core.billing.ContractState;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.canonical.Address;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.canonical.VendorBill;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The ledger of one contract for billing tests: contract crm:K1 of customer crm:C1 (country US),
 * project psa:P1 and employee psa:E1 "Ada" (senior) unless a test adds others.
 */
public final class Books {

    private final List<RecordVersion<Contract>> contract = new ArrayList<>();
    private final List<RecordVersion<Customer>> customer = new ArrayList<>();
    private final List<RecordVersion<Project>> projects = new ArrayList<>();
    private final List<RecordVersion<Task>> tasks = new ArrayList<>();
    private final List<RecordVersion<Employee>> employees = new ArrayList<>();
    private final List<RecordVersion<TimeEntry>> entries = new ArrayList<>();
    private final List<RecordVersion<Expense>> expenses = new ArrayList<>();
    private final List<RecordVersion<VendorBill>> bills = new ArrayList<>();
    private final List<RecordVersion<MilestoneAcceptance>> acceptances = new ArrayList<>();
    private final List<InvoiceProposal> proposals = new ArrayList<>();

    public static Books of(Contract c) {
        Books b = new Books();
        b.contract.add(Versions.held("crm", "K1", c));
        b.customer.add(Versions.held(
                "crm",
                "C1",
                new Customer(
                        "Acme", Firm.ENTITY, null, "US", "USD", 30, null, new Address(null, null, null, "US"), null)));
        b.projects.add(Versions.held("psa", "P1", Firm.clientProject("Audit")));
        b.employees.add(Versions.held("psa", "E1", Firm.employee("senior", "2020-01-01")));
        return b;
    }

    /** A later version of the contract, received at {@code receivedAt}. */
    public Books contractVersion(long version, Instant receivedAt, Contract c) {
        contract.add(Versions.held("crm", "K1", version, receivedAt, c));
        return this;
    }

    public Books project(String id, Project p) {
        projects.add(Versions.held("psa", id, p));
        return this;
    }

    public Books task(String id, Task t) {
        tasks.add(Versions.held("psa", id, t));
        return this;
    }

    public Books employee(String id, Employee e) {
        employees.add(Versions.held("psa", id, e));
        return this;
    }

    public Books entry(TimeEntries e) {
        entries.add(e.held());
        return this;
    }

    public Books entries(TimeEntries... es) {
        for (TimeEntries e : es) {
            entry(e);
        }
        return this;
    }

    public Books expense(String id, long version, Instant receivedAt, Expense e) {
        expenses.add(Versions.held("exp", id, version, receivedAt, e));
        return this;
    }

    public Books deletedExpense(String id, long version, Instant receivedAt, Expense e) {
        expenses.add(Versions.deleted("exp", id, version, receivedAt, e));
        return this;
    }

    public Books vendorBill(String id, long version, Instant receivedAt, VendorBill b) {
        bills.add(Versions.held("ap", id, version, receivedAt, b));
        return this;
    }

    public Books acceptance(String id, long version, Instant receivedAt, MilestoneAcceptance a) {
        acceptances.add(Versions.held("crm", id, version, receivedAt, a));
        return this;
    }

    public Books proposals(Collection<InvoiceProposal> ps) {
        proposals.addAll(ps);
        return this;
    }

    public ContractState state() {
        return new ContractState(
                contract, customer, projects, tasks, employees, entries, expenses, bills, acceptances, proposals);
    }

    public static RecordKey entryKey(String id) {
        return RecordKey.of("psa", RecordType.TIME_ENTRY, id);
    }

    public static RecordKey expenseKey(String id) {
        return RecordKey.of("exp", RecordType.EXPENSE, id);
    }

    public static Expense expense(String date, String amount, String currency, Boolean billable) {
        return expense(date, amount, currency, billable, Expense.Status.APPROVED);
    }

    public static Expense expense(
            String date, String amount, String currency, Boolean billable, Expense.Status status) {
        return new Expense(
                new dev.ledgerline.core.canonical.Ref("psa", "E1"),
                null,
                new dev.ledgerline.core.canonical.Ref("psa", "P1"),
                LocalDate.parse(date),
                new BigDecimal(amount),
                currency,
                "Travel",
                "Train",
                billable,
                status,
                null);
    }

    public static VendorBill vendorBill(String date, String amount, Boolean billable, String markupPercent) {
        return new VendorBill(
                "Subco Ltd",
                new dev.ledgerline.core.canonical.Ref("psa", "P1"),
                LocalDate.parse(date),
                new BigDecimal(amount),
                "USD",
                "Design sprint",
                billable,
                markupPercent == null ? null : new BigDecimal(markupPercent),
                null,
                VendorBill.Status.APPROVED);
    }
}
