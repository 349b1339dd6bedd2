package dev.ledgerline.hub.sync.validation;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.ledger.ExceptionCategory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a record must pass before it is delivered, beyond what ingest already checked for the record
 * alone: checks against the firm's configuration and against related records. Each failure is a {@link
 * DeliveryRefusedException} with a stable code and a message saying what to fix.
 *
 * <p>Mappings call these from {@code values}; the record then stops as an exception of the failure's
 * category, the others of the batch go on.
 */
public final class DeliveryChecks {

    private final Map<String, EntitySettings> entities;
    private final Set<String> routedEntities;

    /**
     * @param entities the firm's configured legal entities ({@code ledgerline.firm.entities})
     * @param routedEntities the entities an Odoo target lists explicitly ({@code ledgerline.targets.<t>.entities})
     */
    public DeliveryChecks(Map<String, EntitySettings> entities, Set<String> routedEntities) {
        this.entities = Map.copyOf(entities);
        this.routedEntities = Set.copyOf(routedEntities);
    }

    /** A firm that configures nothing: every entity is known, no currency is checked. */
    public static DeliveryChecks unconfigured() {
        return new DeliveryChecks(Map.of(), Set.of());
    }

    /**
     * The entity is one the firm has: configured under {@code ledgerline.firm.entities} or routed by a
     * target. A firm that configures no entity at all (one company, the default target) knows every
     * entity.
     */
    public void knownEntity(String entity, String what) {
        if (entity == null || entities.containsKey(entity) || routedEntities.contains(entity)) {
            return;
        }
        if (entities.isEmpty() && routedEntities.isEmpty()) {
            return;
        }
        throw new DeliveryRefusedException(
                ExceptionCategory.POLICY,
                "UNKNOWN_ENTITY",
                what + " names entity '" + entity + "', which is neither configured (ledgerline.firm.entities) nor"
                        + " routed to an Odoo target (ledgerline.targets.<name>.entities)");
    }

    /** The entity's currency, when the firm configures it. */
    public Optional<String> currencyOf(String entity) {
        return Optional.ofNullable(entity).map(entities::get).map(EntitySettings::currency);
    }

    /**
     * A project is billed by its contract's entity, so both must name the same one; and the contract's
     * currency must be a currency code (Odoo converts between it and the entity's currency itself).
     */
    public void projectMatchesContract(Project project, String projectRef, Contract contract) {
        if (!contract.entity().equals(project.entity())) {
            throw new DeliveryRefusedException(
                    ExceptionCategory.POLICY,
                    "ENTITY_MISMATCH",
                    "project " + projectRef + " is delivered by entity '" + project.entity() + "' but its contract "
                            + project.contract() + " is billed by entity '" + contract.entity() + "'");
        }
    }

    /**
     * A task may not be billable on a project that is not (an internal project, or one marked not
     * billable): Odoo would show billable work nobody can invoice.
     */
    public void taskBillableOnProject(Task task, String taskRef, Project project) {
        boolean projectBillable = project.billable() && project.isClient();
        if (Boolean.TRUE.equals(task.billable()) && !projectBillable) {
            throw new DeliveryRefusedException(
                    ExceptionCategory.POLICY,
                    "BILLABLE_MISMATCH",
                    "task " + taskRef + " is billable but its project " + task.project() + " is "
                            + (project.isClient() ? "not billable" : "internal"));
        }
    }

    /**
     * An amount Odoo keeps in the company's currency (an employee's hourly cost, an opportunity's
     * expected revenue) must come in the entity's currency: the hub does not convert it silently.
     */
    public void inEntityCurrency(String currency, String entity, String what) {
        Optional<String> entityCurrency = currencyOf(entity);
        if (currency == null || entityCurrency.isEmpty()) {
            return;
        }
        if (!entityCurrency.get().equalsIgnoreCase(currency)) {
            throw new DeliveryRefusedException(
                    ExceptionCategory.POLICY,
                    "CURRENCY_MISMATCH",
                    what + " is in " + currency.toUpperCase(Locale.ROOT)
                            + " but Odoo keeps it in the currency of entity '" + entity + "', " + entityCurrency.get());
        }
    }

    /**
     * A record another one names must be held by the ledger as a current record (not deleted): work on a
     * project, task or employee the source has since deleted is not booked in Odoo.
     */
    public <R> R known(Optional<R> held, RecordKey key, String what) {
        return held.orElseThrow(() -> new DeliveryRefusedException(
                ExceptionCategory.DATA,
                "UNKNOWN_REFERENCE",
                what + " names " + key + ", which the ledger holds as deleted or not at all"));
    }

    /** Only approved time becomes a timesheet line in Odoo: drafts, submitted and rejected entries stay. */
    public void approved(TimeEntry entry, String entryRef) {
        if (!entry.isApproved()) {
            throw new DeliveryRefusedException(
                    ExceptionCategory.DATA,
                    "NOT_APPROVED",
                    "time entry " + entryRef + " is " + entry.status().name().toLowerCase(Locale.ROOT)
                            + ": only approved time goes to Odoo");
        }
    }

    /** An entry's task must be a task of the entry's own project. */
    public void taskOnProject(Task task, RecordKey taskKey, RecordKey project, String what) {
        RecordKey taskProject = task.project().key(RecordType.PROJECT);
        if (!taskProject.equals(project)) {
            throw new DeliveryRefusedException(
                    ExceptionCategory.DATA,
                    "TASK_NOT_ON_PROJECT",
                    what + " is booked on " + project + " but its task " + taskKey + " belongs to " + taskProject);
        }
    }

    /**
     * Work on a client project must fall within its contract's period as it now stands, after every
     * signed amendment (docs/adr/0103): time outside it is not booked against the engagement until the
     * date is corrected or the contract amended.
     */
    public void withinContractPeriod(LocalDate date, Contract contract, RecordKey contractKey, String what) {
        ContractTerms terms = contract.currentTerms();
        if (!terms.covers(date)) {
            throw new DeliveryRefusedException(
                    ExceptionCategory.POLICY,
                    "OUTSIDE_CONTRACT_PERIOD",
                    what + " is dated " + date + ", outside the period of contract " + contractKey + " ("
                            + (terms.startDate() == null ? "open" : terms.startDate()) + " to "
                            + (terms.endDate() == null ? "open" : terms.endDate())
                            + ", signed amendments included): correct the date or amend the contract, then"
                            + " replay");
        }
    }

    /** Work booked by an employee must fall within their employment (start and end date inclusive). */
    public void employeeActiveOn(Employee employee, String employeeRef, LocalDate date, String what) {
        if (!employee.employedOn(date)) {
            throw new DeliveryRefusedException(
                    ExceptionCategory.DATA,
                    "EMPLOYEE_INACTIVE",
                    what + " is dated " + date + ", when employee " + employeeRef + " is not employed ("
                            + (employee.startDate() == null ? "" : "from " + employee.startDate() + " ")
                            + (employee.endDate() == null ? "" : "until " + employee.endDate()) + ")");
        }
    }
}
