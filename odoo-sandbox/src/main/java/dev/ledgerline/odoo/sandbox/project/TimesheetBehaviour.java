package dev.ledgerline.odoo.sandbox.project;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code account.analytic.line} as a timesheet: the project's analytic account, the employee's user, hours
 * in the Hours unit, and {@code amount = -(hours × employee hourly_cost)} rounded to the currency.
 */
final class TimesheetBehaviour implements ModelBehaviour {
    private static final int HOURS = 4;

    @Override
    public String model() {
        return "account.analytic.line";
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        if (values.get("date") == null) {
            values.put("date", env.today().toString());
        }
        Integer project = Values.id(values.get("project_id"));
        if (project == null) {
            values.remove("employee_id");
        } else {
            timesheet(env, values, project);
        }
        if (values.get("account_id") == null) {
            throw OdooException.validationError("At least one analytic account must be set");
        }
        if (values.get("company_id") != null) {
            values.putIfAbsent(
                    "currency_id",
                    env.db()
                            .row("res.company", Values.id(values.get("company_id")))
                            .get("currency_id"));
        }
        values.putIfAbsent("timesheet_invoice_type", project == null ? null : "non_billable");
    }

    private static void timesheet(Env env, Map<String, Object> values, int project) {
        Map<String, Object> projectRow = env.db().row("project.project", project);
        String accountField = env.db().schema().fieldName("project.project", "account_id");
        values.put("account_id", projectRow.get(accountField));
        values.put("partner_id", projectRow.get("partner_id"));
        if (projectRow.get("company_id") != null) {
            values.put("company_id", projectRow.get("company_id"));
        }
        values.put("product_uom_id", HOURS);
        Integer employee = Values.id(values.get("employee_id"));
        Map<String, Object> employeeRow = employee == null ? null : env.db().row("hr.employee", employee);
        values.put("user_id", employeeRow == null ? null : employeeRow.get("user_id"));
        values.put("amount", cost(employeeRow, values.get("unit_amount")));
    }

    private static double cost(Map<String, Object> employee, Object hours) {
        double rate = employee == null ? 0.0 : Values.toDouble(employee.get("hourly_cost"));
        return BigDecimal.valueOf(Values.toDouble(hours))
                        .multiply(BigDecimal.valueOf(rate))
                        .negate()
                        .setScale(2, RoundingMode.HALF_UP)
                        .doubleValue()
                + 0.0;
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (!fields.contains("unit_amount") && !fields.contains("employee_id")) {
            return;
        }
        for (Integer id : ids) {
            Map<String, Object> row = env.db().row(model(), id);
            if (row.get("project_id") == null) {
                continue;
            }
            Integer employee = Values.id(row.get("employee_id"));
            Map<String, Object> employeeRow = employee == null ? null : env.db().row("hr.employee", employee);
            env.db().set(model(), id, "amount", cost(employeeRow, row.get("unit_amount")));
            if (fields.contains("employee_id")) {
                env.db().set(model(), id, "user_id", employeeRow == null ? null : employeeRow.get("user_id"));
            }
        }
    }

    @Override
    public String displayName(Env env, Map<String, Object> row) {
        Integer project = Values.id(row.get("project_id"));
        return project == null ? null : env.orm().displayName(env, "project.project", project);
    }
}
