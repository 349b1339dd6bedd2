package dev.ledgerline.core.metrics;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Employee;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which group a record belongs to. Engagement facts (time, cost, revenue, receivables) belong to
 * the project's customer, contract and practice and to the contract's entity (the billing entity;
 * the project's own entity when it has no contract). People facts (capacity, utilization,
 * unallocated labour) belong to the employee's entity, practice and role valid on the date.
 */
public final class Attribution {

    private final HeldRecords held;

    public Attribution(HeldRecords held) {
        this.held = held;
    }

    public HeldRecords held() {
        return held;
    }

    /** The attributes of work or money on {@code projectRef}. */
    public Attributes ofProject(Ref projectRef) {
        Attributes a = Attributes.NONE.with(Dimension.PROJECT, projectRef);
        Optional<Project> project = held.project(projectRef);
        if (project.isEmpty()) {
            return a;
        }
        Project p = project.get();
        return a.with(Dimension.CUSTOMER, p.customer())
                .with(Dimension.CONTRACT, p.contract())
                .with(Dimension.PRACTICE, p.practice())
                .with(Dimension.ENTITY, entityOfProject(p));
    }

    /**
     * The attributes of an Odoo invoice or credit note: its own entity, customer, contract, project
     * and currency, and its project's practice.
     */
    public Attributes ofDocument(Invoice document) {
        Attributes a = document.project() == null ? Attributes.NONE : ofProject(document.project());
        return a.with(Dimension.ENTITY, document.entity())
                .with(Dimension.CUSTOMER, document.customer() != null ? document.customer() : a.get(Dimension.CUSTOMER))
                .with(Dimension.CONTRACT, document.contract() != null ? document.contract() : a.get(Dimension.CONTRACT))
                .with(Dimension.CURRENCY, document.currency());
    }

    /** The attributes of an employee on {@code date}. */
    public Attributes ofEmployee(Ref employeeRef, LocalDate date) {
        Attributes a = Attributes.NONE.with(Dimension.EMPLOYEE, employeeRef);
        return held.employeeOn(employeeRef, date)
                .map(e -> a.with(Dimension.ENTITY, e.entity())
                        .with(Dimension.PRACTICE, e.practice())
                        .with(Dimension.ROLE, e.role()))
                .orElse(a);
    }

    /** The attributes of a time entry as engagement work: its project's, plus employee and role. */
    public Attributes ofEntry(TimeEntry entry) {
        Attributes a = ofProject(entry.project()).with(Dimension.EMPLOYEE, entry.employee());
        if (a.get(Dimension.ENTITY) == null) {
            a = a.with(
                    Dimension.ENTITY,
                    held.employeeOn(entry.employee(), entry.date())
                            .map(Employee::entity)
                            .orElse(null));
        }
        return a.with(Dimension.ROLE, roleOf(entry));
    }

    /**
     * The time entry as the employee's hours: the employee's entity, practice and role on its date,
     * so that hours and capacity of a group are the same people's (a role override on the entry
     * prices the work; it does not move the hours to another role's capacity).
     */
    public Attributes ofEntryForPeople(TimeEntry entry) {
        return ofEmployee(entry.employee(), entry.date());
    }

    /** The entry's role override, else the employee's role on its date. */
    public String roleOf(TimeEntry entry) {
        if (entry.role() != null) {
            return entry.role();
        }
        return held.employeeOn(entry.employee(), entry.date())
                .map(Employee::role)
                .orElse(null);
    }

    /** The entity money on a project is reported in: its contract's, else its own. */
    public String entityOfProject(Project project) {
        return held.contract(project.contract()).map(Contract::entity).orElse(project.entity());
    }

    /** The reporting entity of work on {@code projectRef}, falling back to the employee's entity. */
    public Optional<String> entityOf(Ref projectRef, Ref employeeRef, LocalDate date) {
        Optional<String> viaProject = held.project(projectRef).map(this::entityOfProject);
        if (viaProject.isPresent() || employeeRef == null) {
            return viaProject;
        }
        return held.employeeOn(employeeRef, date).map(Employee::entity);
    }
}
