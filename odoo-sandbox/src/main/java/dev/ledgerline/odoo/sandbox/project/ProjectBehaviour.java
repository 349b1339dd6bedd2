package dev.ledgerline.odoo.sandbox.project;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code project.project}: a project with timesheets gets its analytic account, as hr_timesheet creates it,
 * and every project gets its own inactive mail alias (the mail alias mixin; the sandbox keeps aliases as
 * names only).
 */
final class ProjectBehaviour implements ModelBehaviour {
    @Override
    public String model() {
        return "project.project";
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("alias_id", "alias_model_id");
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("alias_id") == null) {
            Map<String, Object> alias = new HashMap<>();
            alias.put("name", "Inactive Alias");
            alias.put("display_name", "Inactive Alias");
            values.put("alias_id", env.db().insert("mail.alias", alias));
        }
        String accountField = env.db().schema().fieldName(model(), "account_id");
        if (Values.truthy(values.get("allow_timesheets")) && values.get(accountField) == null) {
            Map<String, Object> account = new HashMap<>();
            // Odoo names it from the values as given, so a project without a name fails on its own INSERT.
            account.put("name", values.containsKey("name") ? values.get("name") : "Unknown Analytic Account");
            account.put("partner_id", values.get("partner_id"));
            account.put("company_id", values.get("company_id"));
            account.put("active", true);
            values.put(accountField, env.records("account.analytic.account").create(account));
        }
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        return switch (field) {
            case "pricing_type" -> pricingType(env, row);
            case "sale_order_id" -> {
                Map<String, Object> line = env.row("sale.order.line", Values.id(row.get("sale_line_id")));
                yield line == null ? null : line.get("order_id");
            }
            case "sale_order_state" -> {
                Map<String, Object> line = env.row("sale.order.line", Values.id(row.get("sale_line_id")));
                Map<String, Object> order =
                        line == null ? null : env.row("sale.order", Values.id(line.get("order_id")));
                yield order == null ? null : order.get("state");
            }
            case "task_count" -> taskCount(env, row, null);
            case "open_task_count" -> taskCount(env, row, OPEN_STATES);
            case "closed_task_count" -> taskCount(env, row, CLOSED_STATES);
            default -> NOT_COMPUTED;
        };
    }

    private static final Set<String> OPEN_STATES =
            Set.of("01_in_progress", "02_changes_requested", "03_approved", "04_waiting_normal");
    private static final Set<String> CLOSED_STATES = Set.of("1_done", "1_canceled");

    /** Tasks shown in the project (not sub-tasks kept under their parent), active ones for an active project. */
    private static int taskCount(Env env, Map<String, Object> row, Set<String> states) {
        Integer id = (Integer) row.get("id");
        boolean activeOnly = Values.truthy(row.getOrDefault("active", true));
        return (int) env.db().rows("project.task").stream()
                .filter(t -> id.equals(Values.id(t.get("project_id")))
                        && !Boolean.FALSE.equals(t.get("display_in_project"))
                        && (!activeOnly || Values.truthy(t.getOrDefault("active", true)))
                        && (states == null || states.contains(String.valueOf(t.get("state")))))
                .count();
    }

    /** sale_timesheet: employee rates when the project maps employees, the sold line's rate, else the task's. */
    private static String pricingType(Env env, Map<String, Object> row) {
        if (!Values.truthy(row.get("allow_billable"))) {
            return null;
        }
        int id = (Integer) row.get("id");
        boolean employeeRates = env.db().rows("project.sale.line.employee.map").stream()
                .anyMatch(m -> Integer.valueOf(id).equals(Values.id(m.get("project_id"))));
        if (employeeRates) {
            return "employee_rate";
        }
        return row.get("sale_line_id") != null ? "fixed_rate" : "task_rate";
    }
}
