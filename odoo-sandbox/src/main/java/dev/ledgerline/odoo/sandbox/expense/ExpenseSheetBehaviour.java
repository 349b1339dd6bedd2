package dev.ledgerline.odoo.sandbox.expense;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code hr.expense.sheet}, the expense report: submitted, then approved (which creates the employee's vendor
 * bill, in draft, for expenses paid by the employee), then posted; its state follows its approval and its
 * journal entries, its amounts its expenses.
 */
final class ExpenseSheetBehaviour implements ModelBehaviour {
    static final String MODEL = "hr.expense.sheet";

    /** "Manual Payment (Bank)", the first outbound method of a fresh database's bank journal. */
    static final int MANUAL_OUTBOUND = 2;

    private final ExpenseApprovers approvers;

    ExpenseSheetBehaviour(ExpenseApprovers approvers) {
        this.approvers = approvers;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("state");
    }

    @Override
    public Set<String> ignoredFields() {
        return Set.of(
                "state", "total_amount", "untaxed_amount", "total_tax_amount", "amount_residual", "payment_state");
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        values.remove("state");
        Map<String, Object> employee = env.row("hr.employee", Values.id(values.get("employee_id")));
        if (employee != null) {
            values.putIfAbsent("department_id", employee.get("department_id"));
            if (values.get("user_id") == null) {
                Object manager = employee.get("expense_manager_id");
                if (manager == null) {
                    Map<String, Object> parent = env.row("hr.employee", Values.id(employee.get("parent_id")));
                    manager = parent == null ? null : parent.get("user_id");
                }
                values.put("user_id", manager);
            }
        }
        values.putIfAbsent("payment_method_line_id", MANUAL_OUTBOUND);
    }

    static List<Map<String, Object>> expenses(Env env, int sheet) {
        return env.db().rows(ExpenseBehaviour.MODEL).stream()
                .filter(e -> Integer.valueOf(sheet).equals(Values.id(e.get("sheet_id"))))
                .sorted((a, b) -> {
                    int byDate = String.valueOf(b.get("date")).compareTo(String.valueOf(a.get("date")));
                    return byDate != 0 ? byDate : Integer.compare((Integer) b.get("id"), (Integer) a.get("id"));
                })
                .toList();
    }

    static List<Map<String, Object>> moves(Env env, int sheet) {
        return env.db().rows("account.move").stream()
                .filter(m -> Integer.valueOf(sheet).equals(Values.id(m.get("expense_sheet_id"))))
                .sorted((a, b) -> Integer.compare((Integer) a.get("id"), (Integer) b.get("id")))
                .toList();
    }

    /** {@code _compute_state}: from the approval, then from the journal entries and their payment. */
    static String state(Env env, Map<String, Object> sheet) {
        Object approval = sheet.get("approval_state");
        if (approval == null) {
            return "draft";
        }
        if ("cancel".equals(approval)) {
            return "cancel";
        }
        List<Map<String, Object>> moves = moves(env, (Integer) sheet.get("id"));
        if (!moves.isEmpty()) {
            if (!"not_paid".equals(paymentState(env, sheet))) {
                return "done";
            }
            return moves.stream().allMatch(m -> "draft".equals(m.get("state"))) ? "approve" : "post";
        }
        return String.valueOf(approval);
    }

    /** Expenses paid by the employee: the bill's payment state once posted. */
    static String paymentState(Env env, Map<String, Object> sheet) {
        List<Map<String, Object>> moves = moves(env, (Integer) sheet.get("id"));
        if (moves.stream().noneMatch(m -> "posted".equals(m.get("state")))) {
            return "not_paid";
        }
        Object state = moves.getFirst().get("payment_state");
        return state == null ? "not_paid" : String.valueOf(state);
    }

    static String paymentMode(Env env, int sheet) {
        List<Map<String, Object>> lines = expenses(env, sheet);
        return lines.isEmpty() ? null : String.valueOf(lines.getFirst().get("payment_mode"));
    }

    /** The administrator may edit a report until its entries are posted. */
    static boolean editable(Env env, Map<String, Object> sheet) {
        return Set.of("draft", "submit", "approve").contains(state(env, sheet));
    }

    static Integer journal(Env env, Map<String, Object> sheet) {
        if (sheet.get("journal_id") != null) {
            return Values.id(sheet.get("journal_id"));
        }
        if ("company_account".equals(paymentMode(env, (Integer) sheet.get("id")))) {
            Map<String, Object> method =
                    env.row("account.payment.method.line", Values.id(sheet.get("payment_method_line_id")));
            return method == null || method.get("journal_id") == null ? 6 : Values.id(method.get("journal_id"));
        }
        return Values.id(sheet.get("employee_journal_id"));
    }

    private static BigDecimal sum(List<Map<String, Object>> rows, String field) {
        return rows.stream().map(r -> Values.decimal(r.get(field))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        int id = (Integer) row.get("id");
        return switch (field) {
            case "state" -> state(env, row);
            case "payment_mode" -> paymentMode(env, id);
            case "journal_id" -> journal(env, row);
            case "currency_id", "company_currency_id" -> {
                Map<String, Object> company = env.row("res.company", Values.id(row.get("company_id")));
                yield company == null ? null : company.get("currency_id");
            }
            case "total_amount" -> sum(expenses(env, id), "total_amount").doubleValue();
            case "total_tax_amount" -> sum(expenses(env, id), "tax_amount").doubleValue();
            case "untaxed_amount" ->
                sum(expenses(env, id), "total_amount")
                        .subtract(sum(expenses(env, id), "tax_amount"))
                        .doubleValue();
            case "amount_residual" -> {
                List<Map<String, Object>> moves = moves(env, id);
                yield moves.stream().anyMatch(m -> "posted".equals(m.get("state")))
                        ? sum(moves, "amount_residual").doubleValue()
                        : 0.0;
            }
            case "payment_state" -> paymentState(env, row);
            case "nb_expense" -> expenses(env, id).size();
            case "nb_account_move" -> moves(env, id).size();
            case "product_ids" -> {
                Set<Integer> products = new LinkedHashSet<>();
                expenses(env, id).forEach(e -> {
                    Integer product = Values.id(e.get("product_id"));
                    if (product != null) {
                        products.add(product);
                    }
                });
                yield List.copyOf(products);
            }
            case "is_multiple_currency" ->
                expenses(env, id).stream()
                                .map(e -> Values.id(e.get("currency_id")))
                                .distinct()
                                .count()
                        > 1;
            case "can_approve" -> approvers.refusal(env, row) == null;
            case "cannot_approve_reason" -> approvers.refusal(env, row);
            case "can_reset" -> true;
            case "is_editable" -> editable(env, row);
            case "attachment_ids" -> List.of();
            default -> NOT_COMPUTED;
        };
    }

    @Override
    public void beforeUnlink(Env env, List<Integer> ids) {
        for (Integer id : ids) {
            String state = state(env, env.db().row(MODEL, id));
            if ("post".equals(state) || "done".equals(state)) {
                throw OdooException.userError("You cannot delete a posted or paid expense.");
            }
        }
    }

    @Override
    public Map<String, ModelMethod> methods() {
        return Map.of(
                "action_submit_sheet",
                        (env, call) -> {
                            for (Integer id : ExpenseReports.existing(env, call.ids())) {
                                env.db().set(MODEL, id, "approval_state", "submit");
                            }
                            return null;
                        },
                "action_approve_expense_sheets",
                        (env, call) -> {
                            ExpenseReports.approve(env, ExpenseReports.existing(env, call.ids()));
                            return null;
                        },
                "action_sheet_move_post",
                        (env, call) -> {
                            ExpenseReports.post(env, ExpenseReports.existing(env, call.ids()));
                            return null;
                        });
    }
}
