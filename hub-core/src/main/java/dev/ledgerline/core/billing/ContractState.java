package dev.ledgerline.core.billing;

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
 * The canonical state of one contract as the ledger holds it: every version of each record (the run
 * reads the latest one received on or before its start, and the versions earlier proposals billed),
 * and every earlier proposal of the contract with its status.
 *
 * <p>The hub passes the contract, its customer, its projects and their tasks, the employees who
 * recorded time on them, the projects' time entries, expenses and vendor bills, the contract's
 * milestone acceptances, and also any record an earlier proposal of the contract refers to (an entry
 * moved to another project is still corrected here). A record an earlier proposal billed that is
 * missing from the input is left as billed.
 */
public record ContractState(
        List<RecordVersion<Contract>> contract,
        List<RecordVersion<Customer>> customer,
        List<RecordVersion<Project>> projects,
        List<RecordVersion<Task>> tasks,
        List<RecordVersion<Employee>> employees,
        List<RecordVersion<TimeEntry>> timeEntries,
        List<RecordVersion<Expense>> expenses,
        List<RecordVersion<VendorBill>> vendorBills,
        List<RecordVersion<MilestoneAcceptance>> milestoneAcceptances,
        List<InvoiceProposal> proposals) {

    public ContractState {
        if (contract == null || contract.isEmpty()) {
            throw new IllegalArgumentException("a contract state needs the contract");
        }
        contract = List.copyOf(contract);
        customer = copy(customer);
        projects = copy(projects);
        tasks = copy(tasks);
        employees = copy(employees);
        timeEntries = copy(timeEntries);
        expenses = copy(expenses);
        vendorBills = copy(vendorBills);
        milestoneAcceptances = copy(milestoneAcceptances);
        proposals = copy(proposals);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
