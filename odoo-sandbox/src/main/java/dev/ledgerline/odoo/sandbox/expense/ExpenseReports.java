package dev.ledgerline.odoo.sandbox.expense;

import dev.ledgerline.odoo.sandbox.orm.Call;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The expense report flow of Odoo 18 as the administrator runs it over RPC: expenses reported together
 * ({@code action_submit_expenses}), the report approved, which creates the employee's vendor bill in draft
 * for expenses paid by the employee ({@code action_approve_expense_sheets}), then the bill posted
 * ({@code action_sheet_move_post}).
 */
final class ExpenseReports {
    /** Odoo's short date in English (United States), as in report names. */
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private ExpenseReports() {}

    static List<Integer> existing(Env env, List<Integer> ids) {
        List<Integer> missing = ids.stream()
                .filter(id -> !env.db().exists(ExpenseSheetBehaviour.MODEL, id))
                .toList();
        if (!missing.isEmpty()) {
            throw OdooException.missing(ExpenseSheetBehaviour.MODEL, missing, env.uid());
        }
        return ids;
    }

    /** {@code hr.expense.action_submit_expenses}: one report, or two when some are paid by the company. */
    static Object submit(Env env, List<Integer> ids) {
        List<Map<String, Object>> expenses = new ArrayList<>();
        for (Integer id : ids) {
            Map<String, Object> row = env.db().row(ExpenseBehaviour.MODEL, id);
            if (row == null) {
                throw OdooException.missing(ExpenseBehaviour.MODEL, List.of(id), env.uid());
            }
            expenses.add(row);
        }
        List<Map<String, Object>> withAmount = expenses.stream()
                .filter(e -> Values.toDouble(e.get("total_amount_currency")) != 0
                        && Values.toDouble(e.get("total_amount")) != 0
                        && !(e.get("product_id") != null && Math.round(Values.toDouble(e.get("quantity")) * 100) == 0))
                .toList();
        if (withAmount.stream()
                .anyMatch(e -> !"draft".equals(ExpenseBehaviour.state(env, e)) || e.get("sheet_id") != null)) {
            throw OdooException.userError("You cannot report twice the same line!");
        }
        if (withAmount.isEmpty()) {
            throw OdooException.userError("You cannot report the expenses without amount!");
        }
        if (withAmount.stream()
                        .map(e -> Values.id(e.get("employee_id")))
                        .distinct()
                        .count()
                != 1) {
            throw OdooException.userError("You cannot report expenses for different employees in the same report.");
        }
        if (withAmount.stream().anyMatch(e -> e.get("product_id") == null)) {
            throw OdooException.userError("You can not create report without category.");
        }
        if (expenses.stream()
                        .map(e -> Values.id(e.get("company_id")))
                        .distinct()
                        .count()
                != 1) {
            throw OdooException.userError("You cannot report expenses for different companies in the same report.");
        }
        List<Map<String, Object>> own = withAmount.stream()
                .filter(e -> "own_account".equals(e.get("payment_mode")))
                .toList();
        List<Map<String, Object>> company = withAmount.stream()
                .filter(e -> !"own_account".equals(e.get("payment_mode")))
                .toList();
        List<List<Map<String, Object>>> groups =
                !own.isEmpty() && !company.isEmpty() ? List.of(own, company) : List.of(withAmount);
        List<Integer> sheets = new ArrayList<>();
        for (List<Map<String, Object>> group : groups) {
            String name = defaultName(group);
            if (name == null && groups.size() > 1) {
                name = "New Expense Report, paid by "
                        + ("company_account".equals(group.getFirst().get("payment_mode")) ? "company" : "employee");
            }
            Map<String, Object> values = new HashMap<>();
            values.put("company_id", expenses.getFirst().get("company_id"));
            values.put("employee_id", expenses.getFirst().get("employee_id"));
            values.put("name", name);
            values.put(
                    "expense_line_ids",
                    List.of(List.of(6, 0, group.stream().map(e -> e.get("id")).toList())));
            sheets.add(env.records(ExpenseSheetBehaviour.MODEL).create(values));
        }
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("name", "New Expense Reports");
        action.put("type", "ir.actions.act_window");
        action.put("res_model", ExpenseSheetBehaviour.MODEL);
        action.put("context", env.context());
        action.put(
                "views",
                sheets.size() > 1
                        ? List.of(java.util.Arrays.asList(false, "list"), java.util.Arrays.asList(false, "form"))
                        : List.of(java.util.Arrays.asList(false, "form")));
        action.put("domain", List.of(List.of("id", "in", List.copyOf(sheets))));
        action.put("res_id", sheets.size() == 1 ? sheets.getFirst() : (Object) false);
        return action;
    }

    /** The expense's name for one expense, else the span of their dates; none when a date is missing. */
    private static String defaultName(List<Map<String, Object>> expenses) {
        if (expenses.size() == 1) {
            return String.valueOf(expenses.getFirst().get("name"));
        }
        if (expenses.stream().anyMatch(e -> e.get("date") == null)) {
            return null;
        }
        List<LocalDate> dates = expenses.stream()
                .map(e -> LocalDate.parse(String.valueOf(e.get("date"))))
                .sorted()
                .toList();
        String from = SHORT_DATE.format(dates.getFirst());
        String to = SHORT_DATE.format(dates.getLast());
        return from.equals(to) ? from : from + " - " + to;
    }

    /** {@code action_approve_expense_sheets} for the administrator, who may approve every report. */
    static void approve(Env env, List<Integer> ids) {
        List<Integer> pending = ids.stream()
                .filter(id -> {
                    String state = ExpenseSheetBehaviour.state(env, env.db().row(ExpenseSheetBehaviour.MODEL, id));
                    return "submit".equals(state) || "draft".equals(state);
                })
                .toList();
        checkCanCreateMoves(env, pending);
        createMoves(env, pending);
        for (Integer id : pending) {
            Map<String, Object> sheet = env.db().row(ExpenseSheetBehaviour.MODEL, id);
            Map<String, Object> changes = new HashMap<>();
            changes.put("approval_state", "approve");
            changes.put("user_id", sheet.get("user_id") != null ? sheet.get("user_id") : env.uid());
            changes.put("approval_date", env.db().now());
            changes.put("write_date", env.db().now());
            env.db().update(ExpenseSheetBehaviour.MODEL, id, changes);
        }
    }

    private static void checkCanCreateMoves(Env env, List<Integer> ids) {
        List<Map<String, Object>> sheets = ids.stream()
                .map(id -> env.db().row(ExpenseSheetBehaviour.MODEL, id))
                .toList();
        if (sheets.stream()
                .anyMatch(s -> ExpenseSheetBehaviour.expenses(env, (Integer) s.get("id"))
                        .isEmpty())) {
            throw OdooException.userError(
                    "You cannot create accounting entries for an expense report without expenses.");
        }
        if (sheets.stream().anyMatch(s -> !"submit".equals(ExpenseSheetBehaviour.state(env, s)))) {
            throw OdooException.userError("You can only generate an accounting entry for approved expense(s).");
        }
        if (sheets.stream().anyMatch(s -> ExpenseSheetBehaviour.journal(env, s) == null)) {
            throw OdooException.userError("Specify expense journal to generate accounting entries.");
        }
        List<Integer> withoutEmail = new ArrayList<>();
        for (Map<String, Object> sheet : sheets) {
            Integer employee = Values.id(sheet.get("employee_id"));
            Map<String, Object> row = env.row("hr.employee", employee);
            if (row == null || !Values.truthy(row.get("work_email"))) {
                withoutEmail.add(employee);
            }
        }
        if (!withoutEmail.isEmpty()) {
            throw new OdooException(
                    "odoo.exceptions.RedirectWarning",
                    "The work email of some employees is missing. Please add it on the employee form");
        }
    }

    /**
     * {@code _do_create_moves}: a vendor bill to the employee's work contact for a report the employee paid,
     * one line per expense with its taxes included in its price. Expenses paid by the company would become
     * payments, which a fresh database cannot make: its bank's manual method has no outstanding account.
     */
    private static void createMoves(Env env, List<Integer> ids) {
        Env sudo = env.sudo().withContext(Map.of());
        for (Integer id : ids) {
            Map<String, Object> sheet = env.db().row(ExpenseSheetBehaviour.MODEL, id);
            if ("company_account".equals(ExpenseSheetBehaviour.paymentMode(env, id))) {
                throw OdooException.userError("The payment method "
                        + env.orm()
                                .displayName(
                                        env.sudo(),
                                        "account.payment.method.line",
                                        Values.id(sheet.get("payment_method_line_id")))
                        + " needs an account, or a default outstanding account must be defined in the settings.");
            }
        }
        for (Integer id : ids) {
            Map<String, Object> sheet = env.db().row(ExpenseSheetBehaviour.MODEL, id);
            List<Map<String, Object>> expenses = ExpenseSheetBehaviour.expenses(env, id);
            if (sheet.get("accounting_date") == null) {
                env.db().set(ExpenseSheetBehaviour.MODEL, id, "accounting_date", accountingDate(env, expenses));
                sheet = env.db().row(ExpenseSheetBehaviour.MODEL, id);
            }
            Map<String, Object> employee = env.row("hr.employee", Values.id(sheet.get("employee_id")));
            Object contact = employee == null ? null : employee.get("work_contact_id");
            List<Object> lines = new ArrayList<>();
            for (Map<String, Object> expense : expenses) {
                Map<String, Object> line = new HashMap<>();
                line.put("name", lineName(env, expense));
                line.put("account_id", expense.get("account_id"));
                line.put("quantity", Values.toDouble(expense.get("quantity")) == 0 ? 1.0 : expense.get("quantity"));
                line.put("price_unit", expense.get("price_unit"));
                line.put("product_id", expense.get("product_id"));
                line.put("product_uom_id", expense.get("product_uom_id"));
                line.put("analytic_distribution", expense.get("analytic_distribution"));
                line.put("expense_id", expense.get("id"));
                line.put("partner_id", contact);
                line.put("tax_ids", List.of(List.of(6, 0, Values.ids(expense.get("tax_ids")))));
                lines.add(java.util.Arrays.asList(0, 0, line));
            }
            Map<String, Object> move = new HashMap<>();
            move.put("name", "/");
            move.put("expense_sheet_id", id);
            move.put("invoice_date", sheet.get("accounting_date"));
            move.put("journal_id", ExpenseSheetBehaviour.journal(env, sheet));
            move.put("ref", sheet.get("name"));
            move.put("move_type", "in_invoice");
            move.put("partner_id", contact);
            move.put("currency_id", currency(env, sheet));
            move.put("line_ids", lines);
            int bill = sudo.records("account.move").create(move);
            // Odoo keeps the "/" it was given: the bill is numbered when posted.
            env.db().set("account.move", bill, "name", "/");
        }
    }

    private static Object currency(Env env, Map<String, Object> sheet) {
        Map<String, Object> company = env.row("res.company", Values.id(sheet.get("company_id")));
        return company == null ? null : company.get("currency_id");
    }

    /** "Employee: first line of the expense's name" (64 characters at most). */
    private static String lineName(Env env, Map<String, Object> expense) {
        Map<String, Object> employee = env.row("hr.employee", Values.id(expense.get("employee_id")));
        String name = String.valueOf(expense.get("name")).split("\n", -1)[0];
        if (name.length() > 64) {
            name = name.substring(0, 64);
        }
        return (employee == null ? "" : employee.get("name")) + ": " + name;
    }

    /**
     * {@code _calculate_default_accounting_date} without a lock date: the latest expense's date when it is
     * after this month, today when it is in this month, else the end of its month.
     */
    private static String accountingDate(Env env, List<Map<String, Object>> expenses) {
        LocalDate today = env.today();
        LocalDate latest = expenses.stream()
                .map(e -> e.get("date"))
                .filter(Objects::nonNull)
                .map(d -> LocalDate.parse(String.valueOf(d)))
                .max(LocalDate::compareTo)
                .orElse(today);
        if (latest.isAfter(today.with(TemporalAdjusters.lastDayOfMonth()))) {
            return latest.toString();
        }
        if (!latest.isBefore(today.withDayOfMonth(1))) {
            return today.toString();
        }
        LocalDate endOfMonth = latest.with(TemporalAdjusters.lastDayOfMonth());
        return (endOfMonth.isBefore(today) ? endOfMonth : today).toString();
    }

    /** {@code action_sheet_move_post}: entries for reports that have none (unchecked, as in Odoo), then posted. */
    static void post(Env env, List<Integer> ids) {
        List<Integer> withoutMoves = ids.stream()
                .filter(id -> ExpenseSheetBehaviour.moves(env, id).isEmpty())
                .toList();
        createMoves(env, withoutMoves);
        List<Integer> moves = new ArrayList<>();
        for (Integer id : ids) {
            ExpenseSheetBehaviour.moves(env, id).forEach(m -> moves.add((Integer) m.get("id")));
        }
        if (!moves.isEmpty()) {
            env.orm().call(env.sudo(), new Call("account.move", "action_post", List.of(moves), Map.of()));
        }
    }
}
