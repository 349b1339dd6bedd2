package dev.ledgerline.hub.canonical;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Customer;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.canonical.VendorBill;
import java.util.List;

/**
 * Everything one contract's billing reads, every version held at the instant asked for: the contract,
 * its customer, the projects that ever named it, their tasks, time entries, expenses and vendor bills
 * (also those that later moved to another project), the employees who recorded that work, the
 * contract's milestone acceptances, and any further record asked for by key (what earlier proposals
 * billed).
 */
public record ContractRecords(
        List<RecordVersion<Contract>> contract,
        List<RecordVersion<Customer>> customer,
        List<RecordVersion<Project>> projects,
        List<RecordVersion<Task>> tasks,
        List<RecordVersion<Employee>> employees,
        List<RecordVersion<TimeEntry>> timeEntries,
        List<RecordVersion<Expense>> expenses,
        List<RecordVersion<VendorBill>> vendorBills,
        List<RecordVersion<MilestoneAcceptance>> milestoneAcceptances) {

    static ContractRecords of(Histories h) {
        return new ContractRecords(
                h.of(Contract.class),
                h.of(Customer.class),
                h.of(Project.class),
                h.of(Task.class),
                h.of(Employee.class),
                h.of(TimeEntry.class),
                h.of(Expense.class),
                h.of(VendorBill.class),
                h.of(MilestoneAcceptance.class));
    }

    /** Whether the ledger held the contract at all. */
    public boolean hasContract() {
        return !contract.isEmpty();
    }
}
