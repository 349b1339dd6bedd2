package dev.ledgerline.odoo.sandbox.expense;

import dev.ledgerline.odoo.sandbox.access.Groups;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may approve an expense report ({@code _compute_can_approve}): a team approver, who is an expense
 * administrator, or approves the report of someone else in his care (his expense manager, manager, department
 * manager or the report's manager), or is an expense officer.
 */
final class ExpenseApprovers {
    private final Groups groups;

    ExpenseApprovers(Groups groups) {
        this.groups = groups;
    }

    /** Why the calling user may not approve the report, or {@code null} when he may. */
    String refusal(Env env, Map<String, Object> sheet) {
        Set<Integer> mine = groups.of(env);
        String name = String.valueOf(sheet.get("name"));
        if (!mine.contains(group(env, "group_hr_expense_team_approver"))) {
            return name + ": Your are not a Manager or HR Officer";
        }
        if (mine.contains(group(env, "group_hr_expense_manager"))) {
            return null;
        }
        Map<String, Object> employee = env.row("hr.employee", Values.id(sheet.get("employee_id")));
        if (employee == null) {
            return null;
        }
        Integer me = env.uid();
        if (me.equals(Values.id(employee.get("user_id")))) {
            return name + ": It is your own expense";
        }
        Set<Integer> managers = new HashSet<>();
        managers.add(Values.id(employee.get("expense_manager_id")));
        Map<String, Object> parent = env.row("hr.employee", Values.id(employee.get("parent_id")));
        managers.add(parent == null ? null : Values.id(parent.get("user_id")));
        Map<String, Object> department = env.row("hr.department", Values.id(employee.get("department_id")));
        Map<String, Object> head =
                department == null ? null : env.row("hr.employee", Values.id(department.get("manager_id")));
        managers.add(head == null ? null : Values.id(head.get("user_id")));
        managers.add(Values.id(sheet.get("user_id")));
        managers.removeIf(Objects::isNull);
        if (!managers.contains(me) && !mine.contains(group(env, "group_hr_expense_user"))) {
            return name + ": It is not from your department";
        }
        return null;
    }

    void check(Env env, List<Integer> ids) {
        List<String> reasons = new ArrayList<>();
        for (Integer id : ids) {
            String reason = refusal(env, env.db().row(ExpenseSheetBehaviour.MODEL, id));
            if (reason != null) {
                reasons.add(reason);
            }
        }
        if (!reasons.isEmpty()) {
            throw OdooException.userError("You cannot approve:\n " + String.join("\n", reasons));
        }
    }

    private static int group(Env env, String xmlid) {
        return env.db().rows("ir.model.data").stream()
                .filter(x -> "hr_expense".equals(x.get("module")) && xmlid.equals(x.get("name")))
                .map(x -> ((Number) x.get("res_id")).intValue())
                .findFirst()
                .orElse(-1);
    }
}
