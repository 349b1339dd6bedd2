package dev.ledgerline.hub.sync.timeentry;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.hub.billing.HeldWork;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Approved time entry → timesheet line ({@code account.analytic.line}) on the Odoo project, task and
 * employee the entry's records are bound to: date, hours ({@code unit_amount}), description ({@code
 * name}) and the company the hub gives the project. Odoo derives the rest: the project's analytic
 * account, the employee's user and the cost {@code amount = −hours × hourly_cost}. The hub's key goes in
 * {@code x_ledgerline_ref} (docs/adr/0600, 0602).
 *
 * <p>Drafts, submitted and rejected entries stay in the hub; an entry that leaves {@code approved} (or
 * is deleted) after its line was sent has the line removed (the model has no archive), unless the line
 * is invoiced: in Odoo ({@code timesheet_invoice_id}) or by the hub's billing (an approved, delivered or
 * posted proposal holds the entry). An invoiced line is never written or removed again; the version is
 * kept with the reason {@code INVOICED_ENTRY_CHANGED} and billing corrects the invoice (docs/adr/0602).
 *
 * <p>Before delivery: the entry is approved; its project, task and employee are current ledger records;
 * the task belongs to the project; the employee is employed on the date; the date lies within the
 * contract's period after signed amendments, when the hub holds the project's contract.
 */
@Component
public class TimeEntryMapping implements Mapping<TimeEntry> {

    /** The code of a change to work already invoiced, which billing corrects instead of Odoo's line. */
    public static final String INVOICED_ENTRY_CHANGED = "INVOICED_ENTRY_CHANGED";

    static final String MODEL = "account.analytic.line";

    /** The Odoo invoice a line was invoiced on, by Odoo's own timesheet invoicing. */
    static final String INVOICE = "timesheet_invoice_id";

    private static final Set<String> FIELDS =
            Set.of("project_id", "task_id", "employee_id", "date", "unit_amount", "name", "company_id");

    private final DeliveryChecks checks;
    private final HeldWork billing;

    public TimeEntryMapping(DeliveryChecks checks, HeldWork billing) {
        this.checks = checks;
        this.billing = billing;
    }

    @Override
    public RecordType type() {
        return RecordType.TIME_ENTRY;
    }

    @Override
    public Class<TimeEntry> recordClass() {
        return TimeEntry.class;
    }

    @Override
    public String model() {
        return MODEL;
    }

    /**
     * {@code x_ledgerline_ref}, not the line's own {@code ref}: that one has no index, and the search
     * before each create runs on the largest table of a services firm's Odoo (docs/adr/0602).
     */
    @Override
    public ExternalReference reference() {
        return ExternalReference.customField();
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public boolean archivable() {
        return false;
    }

    @Override
    public Optional<String> keptBack(TimeEntry entry) {
        return switch (entry.status()) {
            case APPROVED -> Optional.empty();
            case DRAFT, SUBMITTED ->
                Optional.of("NOT_APPROVED: a " + entry.status().name().toLowerCase(Locale.ROOT)
                        + " time entry goes to Odoo once approved");
            case REJECTED -> Optional.of("REJECTED: a rejected time entry is not booked in Odoo");
        };
    }

    @Override
    public Set<String> alsoRead() {
        return Set.of(INVOICE);
    }

    /** Lines invoiced in Odoo, then entries the hub's billing holds; Odoo's answer is asked first and costs nothing. */
    @Override
    public Map<RecordKey, String> frozen(Map<RecordKey, dev.ledgerline.odoo.client.OdooRecord> held) {
        Map<RecordKey, String> frozen = new LinkedHashMap<>();
        List<RecordKey> ask = new ArrayList<>();
        held.forEach((key, line) -> line.many2one(INVOICE)
                .ifPresentOrElse(
                        invoice -> frozen.put(
                                key,
                                INVOICED_ENTRY_CHANGED + ": " + MODEL + " " + line.id() + " is on Odoo invoice "
                                        + invoice.displayName()
                                        + "; the line stays as it is and billing corrects the invoice"),
                        () -> ask.add(key)));
        if (!ask.isEmpty()) {
            billing.heldBy(ask)
                    .forEach((key, holder) -> frozen.put(
                            key,
                            INVOICED_ENTRY_CHANGED + ": " + key + " is billed on " + holder.describe() + "; "
                                    + MODEL + " " + held.get(key).id()
                                    + " stays as it is and the next billing run corrects the invoice"));
        }
        return frozen;
    }

    @Override
    public Map<String, Object> values(TimeEntry entry, MappingContext context) {
        RecordKey projectKey = entry.project().key(RecordType.PROJECT);
        RecordKey employeeKey = entry.employee().key(RecordType.EMPLOYEE);
        String what = "the time entry of " + entry.employee() + " on " + entry.date();
        checks.approved(entry, "of " + entry.employee() + " on " + entry.date());
        Project project = checks.known(context.record(projectKey, Project.class), projectKey, what);
        Employee employee = checks.known(context.record(employeeKey, Employee.class), employeeKey, what);
        checks.employeeActiveOn(employee, entry.employee().toString(), entry.date(), what);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("project_id", context.odooId(projectKey));
        if (entry.task() == null) {
            values.put("task_id", false);
        } else {
            RecordKey taskKey = entry.task().key(RecordType.TASK);
            Task task = checks.known(context.record(taskKey, Task.class), taskKey, what);
            checks.taskOnProject(task, taskKey, projectKey, what);
            values.put("task_id", context.odooId(taskKey));
        }
        if (project.contract() != null) {
            RecordKey contractKey = project.contract().key(RecordType.CONTRACT);
            context.record(contractKey, Contract.class)
                    .ifPresent(c -> checks.withinContractPeriod(entry.date(), c, contractKey, what));
        }
        values.put("employee_id", context.odooId(employeeKey));
        values.put("date", entry.date());
        values.put("unit_amount", entry.hours());
        values.put("name", entry.description() == null || entry.description().isBlank() ? "/" : entry.description());
        context.companyId().ifPresent(company -> values.put("company_id", company));
        return values;
    }
}
