package dev.ledgerline.odoo.compat.differential;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects with their analytic accounts, tasks and timesheets. */
final class ProjectIntents {

    static final List<BigDecimal> HOURS = MasterDataIntents.decimals("0.25", "1", "2.5", "4", "7.5", "8", "10.75");

    private ProjectIntents() {}

    private static List<Ref> companiesOf(Workload w, Pools.Project project) {
        return project.eu() ? w.inEu() : List.of();
    }

    /** A project for a customer (or none); with timesheets it gets an analytic account. */
    record NewProject(int customer, boolean timesheets, boolean billable, boolean eu) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", "Project " + p.next());
            values.put("allow_timesheets", timesheets);
            if (billable) {
                values.put("allow_billable", true);
            }
            if (customer >= 0) {
                Pools.pick(eu ? p.euCustomers : p.customers, customer).ifPresent(c -> values.put("partner_id", c));
            }
            if (eu) {
                values.put("company_id", p.euCompany);
            }
            List<Ref> companies = eu ? w.inEu() : List.of();
            Optional<Ref> project = w.run(Call.create("project.create", "project.project", values)
                            .inCompanies(companies))
                    .created();
            project.ifPresent(ref -> {
                p.made(ref);
                Optional<Ref> account = w.run(Call.read("project.read", "project.project", List.of(ref), Fields.PROJECT)
                                .inCompanies(companies))
                        .many2one(0, "account_id", "account.analytic.account");
                account.ifPresent(a -> w.run(Call.read(
                                "project.analytic_account",
                                "account.analytic.account",
                                List.of(p.made(a)),
                                Fields.ANALYTIC_ACCOUNT)
                        .inCompanies(companies)));
                p.projects.add(new Pools.Project(ref, account, eu));
            });
        }
    }

    /** A task in a project. */
    record NewTask(int project) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            Pools.pick(p.projects, project).ifPresent(chosen -> {
                List<Ref> companies = companiesOf(w, chosen);
                w.run(Call.create(
                                        "task.create",
                                        "project.task",
                                        Map.of("name", "Task " + p.next(), "project_id", chosen.ref()))
                                .inCompanies(companies))
                        .created()
                        .ifPresent(task -> {
                            p.tasks.add(new Pools.Task(p.made(task), chosen));
                            w.run(Call.read("task.read", "project.task", List.of(task), Fields.TASK)
                                    .inCompanies(companies));
                        });
            });
        }
    }

    /** One logged entry: which project, task (negative: none), employee, hours and day. */
    record Entry(int project, int task, int employee, int hours, int day) {}

    /** Timesheets from the PSA, in one batch per company: Odoo computes each amount from the hourly cost. */
    record LogTime(List<Entry> entries) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            List<Pools.Project> withTimesheets =
                    p.projects.stream().filter(pr -> pr.account().isPresent()).toList();
            List<Map<String, Object>> main = new ArrayList<>();
            List<Map<String, Object>> eu = new ArrayList<>();
            for (Entry entry : entries) {
                Optional<Pools.Project> project = Pools.pick(withTimesheets, entry.project());
                if (project.isEmpty()) {
                    return;
                }
                Optional<Ref> employee = Pools.pick(project.get().eu() ? p.euEmployees : p.employees, entry.employee());
                if (employee.isEmpty()) {
                    continue;
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("project_id", project.get().ref());
                List<Pools.Task> tasks = p.tasks.stream()
                        .filter(t -> t.project().equals(project.get()))
                        .toList();
                if (entry.task() >= 0) {
                    Pools.pick(tasks, entry.task()).ifPresent(t -> line.put("task_id", t.ref()));
                }
                line.put("employee_id", employee.get());
                line.put("unit_amount", HOURS.get(Math.floorMod(entry.hours(), HOURS.size())));
                line.put("date", w.day(entry.day()));
                line.put("name", "Work " + p.next());
                (project.get().eu() ? eu : main).add(line);
            }
            log(w, main, List.of());
            log(w, eu, w.inEu());
        }

        private static void log(Workload w, List<Map<String, Object>> lines, List<Ref> companies) {
            if (lines.isEmpty()) {
                return;
            }
            List<Ref> made = w.run(Call.createAll("timesheet.create", "account.analytic.line", lines)
                            .inCompanies(companies))
                    .ids();
            made.forEach(w.pools()::made);
            if (!made.isEmpty()) {
                w.run(Call.read("timesheet.read", "account.analytic.line", made, Fields.TIMESHEET)
                        .inCompanies(companies));
            }
        }
    }

    /** What the hub's reports read: a project's timesheets, their sums per employee, tasks' hours. */
    record TimesheetReport(int project, int mode) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            Pools.pick(p.projects, project).ifPresent(chosen -> {
                List<Ref> companies = companiesOf(w, chosen);
                List<Object> domain = List.of(Call.leaf("project_id", "=", chosen.ref()));
                switch (Math.floorMod(mode, 3)) {
                    case 0 ->
                        w.run(Call.searchRead(
                                        "timesheet.search_read",
                                        "account.analytic.line",
                                        domain,
                                        List.of("unit_amount", "amount", "employee_id", "date"),
                                        Map.of("order", "date, id"))
                                .inCompanies(companies));
                    case 1 ->
                        w.run(new Call(
                                        "timesheet.read_group",
                                        "account.analytic.line",
                                        "read_group",
                                        List.of(
                                                domain,
                                                List.of("unit_amount:sum", "amount:sum"),
                                                List.of("employee_id")),
                                        Map.of("lazy", false, "orderby", "employee_id"))
                                .inCompanies(companies));
                    default -> {
                        List<Ref> tasks = p.tasks.stream()
                                .filter(t -> t.project().equals(chosen))
                                .map(Pools.Task::ref)
                                .toList();
                        if (!tasks.isEmpty()) {
                            w.run(Call.read("task.read", "project.task", tasks, Fields.TASK)
                                    .inCompanies(companies));
                        }
                    }
                }
            });
        }
    }
}
