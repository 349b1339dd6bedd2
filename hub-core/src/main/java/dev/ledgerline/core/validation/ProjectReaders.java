package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.Task;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Readers of project structure: project and task. */
final class ProjectReaders {

    private ProjectReaders() {}

    static Project project(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        String name = f.text("name", true);
        Ref customer = f.ref("customer", true);
        String entity = f.text("entity", true);
        Project.Kind kind = f.enumValue("kind", Project.Kind.class, false);
        boolean client = kind == null || kind == Project.Kind.CLIENT;
        // contract.md: a client project needs its contract, an internal one none
        Ref contract = f.ref("contract", client);
        Project.Status status = f.enumValue("status", Project.Status.class, false);
        String manager = f.text("manager", false);
        String practice = f.text("practice", false);
        LocalDate start = f.date("startDate", false);
        LocalDate end = f.date("endDate", false);
        Checks.ordered(f, "endDate", start, end);
        BigDecimal budgetHours = Checks.notNegative(f, "budgetHours", f.decimal("budgetHours", false));
        BigDecimal budgetAmount = Checks.notNegative(f, "budgetAmount", f.decimal("budgetAmount", false));
        Boolean billable = f.bool("billable");
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new Project(
                name,
                customer,
                entity,
                kind,
                contract,
                status,
                manager,
                practice,
                start,
                end,
                budgetHours,
                budgetAmount,
                billable == null || billable);
    }

    static Task task(Fields f, Instant occurredAt) {
        int before = f.problems().size();
        Ref project = f.ref("project", true);
        String name = f.text("name", true);
        Boolean billable = f.bool("billable");
        BigDecimal planned = Checks.notNegative(f, "plannedHours", f.decimal("plannedHours", false));
        Ref parent = f.ref("parent", false);
        if (!Checks.clean(f, before)) {
            return null;
        }
        return new Task(project, name, billable, planned, parent);
    }
}
