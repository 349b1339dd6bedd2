package dev.ledgerline.odoo.sandbox.project;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Hierarchy;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

/**
 * {@code project.task}: a task created in a project with stages starts in the project's first unfolded
 * stage; its remaining hours are the allocated hours less the hours its timesheets hold.
 */
final class TaskBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "project.task";
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
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

    @Override
    public void afterWrite(Env env, java.util.List<Integer> ids, java.util.Set<String> fields) {
        if (fields.contains("parent_id") || fields.contains("child_ids")) {
            checkRecursion(env, ids);
        }
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
            case "remaining_hours" ->
                Values.decimal(row.get("allocated_hours"))
                                .subtract(effectiveHours(env, (Integer) row.get("id")))
                                .doubleValue()
                        + 0.0;
            case "allow_billable", "allow_timesheets", "allow_milestones" -> {
                Map<String, Object> project = env.row("project.project", Values.id(row.get("project_id")));
                yield project != null && Values.truthy(project.get(field));
            }
            default -> NOT_COMPUTED;
        };
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
