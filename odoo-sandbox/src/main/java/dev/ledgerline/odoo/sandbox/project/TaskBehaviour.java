package dev.ledgerline.odoo.sandbox.project;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Hierarchy;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code project.task}: a task created in a project with stages starts in the project's first unfolded
 * stage; its remaining hours are the allocated hours less the hours its timesheets hold.
 */
final class TaskBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "project.task";
    }

    /** hr_timesheet's hours, stored by Odoo and recomputed from the timesheets; the sandbox computes them. */
    private static final Set<String> HOURS = Set.of(
            "effective_hours",
            "subtask_effective_hours",
            "total_hours_spent",
            "remaining_hours",
            "progress",
            "overtime");

    @Override
    public Set<String> computedOnRead() {
        return HOURS;
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("company_id") == null) {
            values.put("company_id", company(env, values));
        }
        if (values.get("partner_id") == null) {
            values.put("partner_id", defaultPartner(env, values));
        }
        Integer project = Values.id(values.get("project_id"));
        if (values.get("stage_id") == null && project != null) {
            env.db().rows("project.task.type").stream()
                    .filter(stage -> Values.ids(stage.get("project_ids")).contains(project)
                            && !Values.truthy(stage.get("fold"))
                            && Values.truthy(stage.getOrDefault("active", true)))
                    .min(Comparator.<Map<String, Object>>comparingLong(s -> Values.toLong(s.get("sequence")))
                            .thenComparing(s -> (Integer) s.get("id")))
                    .ifPresent(stage -> values.put("stage_id", stage.get("id")));
        }
        if (values.get("sale_order_id") != null || values.get("sale_line_id") != null) {
            values.put("sale_order_id", saleOrder(env, values));
        }
    }

    @Override
    public void afterCreate(Env env, int id) {
        checkRecursion(env, java.util.List.of(id));
    }

    @Override
    public void prepareWrite(Env env, java.util.List<Integer> ids, Map<String, Object> values) {
        Integer parent = Values.id(values.get("parent_id"));
        if (parent != null && ids.contains(parent)) {
            throw OdooException.userError("Sorry. You can't set a task as its parent task.");
        }
    }

    /** A task moved to another project (or parent) takes its company, and a customer if it has none. */
    @Override
    public void afterWrite(Env env, java.util.List<Integer> ids, java.util.Set<String> fields) {
        if (fields.contains("parent_id") || fields.contains("child_ids")) {
            checkRecursion(env, ids);
        }
        if (!fields.contains("project_id") && !fields.contains("parent_id")) {
            return;
        }
        for (Integer id : ids) {
            Map<String, Object> row = env.db().row(model(), id);
            if (!fields.contains("company_id") && (row.get("project_id") != null || row.get("parent_id") != null)) {
                env.db().set(model(), id, "company_id", company(env, row));
            }
            if (!fields.contains("partner_id")) {
                if (!billable(env, row)) {
                    env.db().set(model(), id, "partner_id", null);
                } else if (row.get("partner_id") == null) {
                    env.db().set(model(), id, "partner_id", defaultPartner(env, row));
                }
            }
        }
    }

    /** project's {@code _compute_company_id}: the project's company, else the parent task's. */
    private static Object company(Env env, Map<String, Object> values) {
        Map<String, Object> project = env.row("project.project", Values.id(values.get("project_id")));
        if (project != null && project.get("company_id") != null) {
            return project.get("company_id");
        }
        Map<String, Object> parent = env.row("project.task", Values.id(values.get("parent_id")));
        return parent == null ? null : parent.get("company_id");
    }

    /**
     * The customer of a new task of a billable project (sale_project's {@code _compute_partner_id}): the parent
     * task's, else the project's; a task outside billable projects has none.
     */
    private static Object defaultPartner(Env env, Map<String, Object> values) {
        if (!billable(env, values)) {
            return null;
        }
        Map<String, Object> parent = env.row("project.task", Values.id(values.get("parent_id")));
        if (parent != null && parent.get("partner_id") != null) {
            return parent.get("partner_id");
        }
        Map<String, Object> project = env.row("project.project", Values.id(values.get("project_id")));
        return project == null ? null : project.get("partner_id");
    }

    /** A task of a billable project, or (without a project) the subtask of a billable task. */
    private static boolean billable(Env env, Map<String, Object> values) {
        Map<String, Object> project = env.row("project.project", Values.id(values.get("project_id")));
        if (project != null) {
            return Values.truthy(project.get("allow_billable"));
        }
        Map<String, Object> parent = env.row("project.task", Values.id(values.get("parent_id")));
        Map<String, Object> parentProject =
                parent == null ? null : env.row("project.project", Values.id(parent.get("project_id")));
        return parentProject != null && Values.truthy(parentProject.get("allow_billable"));
    }

    /** project's {@code _check_parent_id}: a task may not be its own ancestor. */
    private static void checkRecursion(Env env, java.util.List<Integer> ids) {
        if (Hierarchy.hasCycle(env, "project.task", ids)) {
            throw OdooException.validationError("Error! You cannot create a recursive hierarchy of tasks.");
        }
    }

    /**
     * sale_project's {@code _compute_sale_order_id}: only a task of a billable project keeps a sales order,
     * its line's (else its project's, else the one given), and only when the task's customer is the order's.
     */
    private static Integer saleOrder(Env env, Map<String, Object> values) {
        Map<String, Object> project = env.row("project.project", Values.id(values.get("project_id")));
        if (project == null || !Values.truthy(project.get("allow_billable"))) {
            return null;
        }
        Map<String, Object> line = env.row("sale.order.line", Values.id(values.get("sale_line_id")));
        Integer order = line == null ? null : Values.id(line.get("order_id"));
        if (order == null) {
            Map<String, Object> projectLine = env.row("sale.order.line", Values.id(project.get("sale_line_id")));
            order = projectLine == null ? null : Values.id(projectLine.get("order_id"));
        }
        if (order == null) {
            order = Values.id(values.get("sale_order_id"));
        }
        Map<String, Object> orderRow = env.row("sale.order", order);
        if (orderRow == null) {
            return null;
        }
        if (values.get("partner_id") == null) {
            values.put("partner_id", orderRow.get("partner_id"));
        }
        Integer customer = commercial(env, Values.id(values.get("partner_id")));
        for (String field : java.util.List.of("partner_id", "partner_invoice_id", "partner_shipping_id")) {
            if (customer != null && customer.equals(commercial(env, Values.id(orderRow.get(field))))) {
                return order;
            }
        }
        return null;
    }

    private static Integer commercial(Env env, Integer partner) {
        Map<String, Object> row = env.row("res.partner", partner);
        return row == null ? null : Values.id(row.getOrDefault("commercial_partner_id", partner));
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        return switch (field) {
            case "effective_hours" ->
                effectiveHours(env, (Integer) row.get("id")).doubleValue() + 0.0;
            case "subtask_effective_hours" ->
                subtaskHours(env, (Integer) row.get("id")).doubleValue() + 0.0;
            case "total_hours_spent" -> spent(env, row).doubleValue() + 0.0;
            case "remaining_hours" ->
                Values.decimal(row.get("allocated_hours"))
                                .subtract(spent(env, row))
                                .doubleValue()
                        + 0.0;
            case "remaining_hours_percentage" -> {
                BigDecimal allocated = Values.decimal(row.get("allocated_hours"));
                yield allocated.signum() > 0
                        ? allocated.subtract(spent(env, row)).doubleValue() / allocated.doubleValue()
                        : 0.0;
            }
            case "progress" -> {
                BigDecimal allocated = Values.decimal(row.get("allocated_hours"));
                // Python's round(hours / allocated, 2) of the binary quotient, halves to even
                yield allocated.signum() > 0
                        ? new BigDecimal(spent(env, row).doubleValue() / allocated.doubleValue())
                                        .setScale(2, RoundingMode.HALF_EVEN)
                                        .doubleValue()
                                + 0.0
                        : 0.0;
            }
            case "overtime" -> {
                BigDecimal allocated = Values.decimal(row.get("allocated_hours"));
                yield allocated.signum() > 0
                        ? spent(env, row)
                                        .subtract(allocated)
                                        .max(BigDecimal.ZERO)
                                        .doubleValue()
                                + 0.0
                        : 0.0;
            }
            case "allow_billable", "allow_timesheets", "allow_milestones" -> {
                Map<String, Object> project = env.row("project.project", Values.id(row.get("project_id")));
                yield project != null && Values.truthy(project.get(field));
            }
            default -> NOT_COMPUTED;
        };
    }

    /** The task's own hours and its subtasks' (hr_timesheet's {@code total_hours_spent}). */
    private static BigDecimal spent(Env env, Map<String, Object> row) {
        int id = (Integer) row.get("id");
        return effectiveHours(env, id).add(subtaskHours(env, id));
    }

    /** The hours of every subtask, archived ones included, down the whole tree. */
    private static BigDecimal subtaskHours(Env env, int task) {
        BigDecimal hours = BigDecimal.ZERO;
        Set<Integer> seen = new java.util.HashSet<>(Set.of(task));
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(List.of(task));
        while (!todo.isEmpty()) {
            int parent = todo.pop();
            for (Map<String, Object> child : env.db().rows("project.task")) {
                Integer id = (Integer) child.get("id");
                if (Integer.valueOf(parent).equals(Values.id(child.get("parent_id"))) && seen.add(id)) {
                    hours = hours.add(effectiveHours(env, id));
                    todo.push(id);
                }
            }
        }
        return hours;
    }

    private static BigDecimal effectiveHours(Env env, int task) {
        BigDecimal hours = BigDecimal.ZERO;
        for (Map<String, Object> line : env.db().rows("account.analytic.line")) {
            if (Integer.valueOf(task).equals(Values.id(line.get("task_id")))) {
                hours = hours.add(Values.decimal(line.get("unit_amount")));
            }
        }
        return hours;
    }
}
