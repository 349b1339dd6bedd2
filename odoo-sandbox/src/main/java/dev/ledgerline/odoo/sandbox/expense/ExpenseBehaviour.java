package dev.ledgerline.odoo.sandbox.expense;

import dev.ledgerline.odoo.sandbox.account.AnalyticDistribution;
import dev.ledgerline.odoo.sandbox.base.Products;
import dev.ledgerline.odoo.sandbox.base.Rates;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code hr.expense}: an employee's expense, its category (product) giving the unit, the expense account and
 * the purchase taxes, which Odoo counts as included in the total; amounts in the expense's currency and the
 * company's; its state follows its report ({@code hr.expense.sheet}). {@code action_submit_expenses} puts
 * draft expenses in a new report.
 */
final class ExpenseBehaviour implements ModelBehaviour {
    static final String MODEL = "hr.expense";

    /** The company's default expense account of a fresh database ("600000 Expenses"). */
    private static final int EXPENSE_ACCOUNT = 33;

    /** Amounts Odoo computes; what a caller writes to them is recomputed. */
    private static final Set<String> AMOUNT_INPUTS =
            Set.of("total_amount_currency", "quantity", "tax_ids", "currency_id", "product_id", "date");

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> systemFields() {
        return Set.of("name", "price_unit");
    }

    @Override
    public Set<String> ignoredFields() {
        return Set.of("state", "total_amount", "untaxed_amount_currency", "tax_amount_currency", "tax_amount");
    }

    @Override
    public void receiveCreate(Env env, Map<String, Object> given) {
        if (!given.containsKey("employee_id")) {
            Integer own = employeeOf(env, env.uid());
            if (own != null) {
                given.put("employee_id", own);
            }
        }
        Integer product = Values.id(given.get("product_id"));
        if (product != null && !given.containsKey("tax_ids")) {
            Integer company = Values.id(given.get("company_id"));
            given.put(
                    "tax_ids",
                    List.of(List.of(6, 0, purchaseTaxes(env, product, company == null ? env.companyId() : company))));
        }
    }

    private static Integer employeeOf(Env env, int uid) {
        return env.db().rows("hr.employee").stream()
                .filter(e -> Integer.valueOf(uid).equals(Values.id(e.get("user_id"))))
                .map(e -> (Integer) e.get("id"))
                .sorted()
                .findFirst()
                .orElse(null);
    }

    static List<Integer> purchaseTaxes(Env env, int product, int company) {
        List<Integer> out = new ArrayList<>();
        for (Integer tax : Values.ids(Products.value(env, product, "supplier_taxes_id"))) {
            Map<String, Object> row = env.db().row("account.tax", tax);
            Integer taxCompany = row == null ? null : Values.id(row.get("company_id"));
            if (taxCompany == null || taxCompany == company) {
                out.add(tax);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        values.remove("state");
        Integer product = Values.id(values.get("product_id"));
        if (values.get("name") == null && product != null) {
            values.put("name", Products.displayName(env, product));
        }
        values.putIfAbsent("date", env.today().toString());
        if (product != null) {
            values.putIfAbsent("product_uom_id", Products.value(env, product, "uom_id"));
        }
        if (values.get("account_id") == null) {
            Object account = product == null ? null : Products.value(env, product, "property_account_expense_id");
            values.put("account_id", account == null ? EXPENSE_ACCOUNT : account);
        }
        values.putIfAbsent("quantity", 1.0);
        values.putIfAbsent("total_amount_currency", 0.0);
        AnalyticDistribution.sanitize(values);
    }

    @Override
    public void afterCreate(Env env, int id) {
        storeAmounts(env, id);
    }

    @Override
    public void prepareWrite(Env env, List<Integer> ids, Map<String, Object> values) {
        AnalyticDistribution.sanitize(values);
    }

    @Override
    public void afterWrite(Env env, List<Integer> ids, Set<String> fields) {
        if (fields.stream().anyMatch(AMOUNT_INPUTS::contains)) {
            ids.forEach(id -> storeAmounts(env, id));
        }
    }

    /**
     * The amounts Odoo stores: a category with a cost gives the unit price (total = price × quantity), else the
     * total gives it; the taxes are included in the total, rounded per tax; company amounts at the date's rate.
     */
    static void storeAmounts(Env env, int id) {
        Map<String, Object> row = env.db().row(MODEL, id);
        Integer product = Values.id(row.get("product_id"));
        BigDecimal quantity = Values.decimal(row.get("quantity"));
        BigDecimal cost = Values.decimal(product == null ? null : Products.value(env, product, "standard_price"));
        BigDecimal total = cost.signum() != 0
                ? cents(cost.multiply(quantity))
                : cents(Values.decimal(row.get("total_amount_currency")));
        BigDecimal rates = BigDecimal.ZERO;
        List<BigDecimal> percents = new ArrayList<>();
        for (Integer tax : Values.ids(row.get("tax_ids"))) {
            Map<String, Object> taxRow = env.db().row("account.tax", tax);
            if (taxRow != null) {
                percents.add(Values.decimal(taxRow.get("amount")));
                rates = rates.add(Values.decimal(taxRow.get("amount")));
            }
        }
        BigDecimal base = total.divide(BigDecimal.ONE.add(rates.movePointLeft(2)), MathContext.DECIMAL128);
        BigDecimal tax = BigDecimal.ZERO;
        for (BigDecimal percent : percents) {
            tax = tax.add(cents(base.multiply(percent).movePointLeft(2)));
        }
        BigDecimal rate = BigDecimal.valueOf(currencyRate(env, row));
        BigDecimal totalCompany = cents(total.multiply(rate));
        Map<String, Object> values = new HashMap<>();
        values.put("total_amount_currency", d(total));
        values.put("tax_amount_currency", d(tax));
        values.put("untaxed_amount_currency", d(total.subtract(tax)));
        values.put("total_amount", d(totalCompany));
        values.put("tax_amount", d(cents(tax.multiply(rate))));
        values.put(
                "price_unit",
                cost.signum() != 0
                        ? d(cost)
                        : quantity.signum() == 0
                                ? 0.0
                                : totalCompany
                                        .divide(quantity, MathContext.DECIMAL64)
                                        .doubleValue());
        env.db().update(MODEL, id, values);
    }

    /** Company currency per unit of the expense's currency on its date (1.0 in the company's currency). */
    static double currencyRate(Env env, Map<String, Object> row) {
        Integer currency = Values.id(row.get("currency_id"));
        Integer company = Values.id(row.get("company_id"));
        Map<String, Object> companyRow = env.row("res.company", company);
        if (currency == null || companyRow == null || currency.equals(Values.id(companyRow.get("currency_id")))) {
            return 1.0;
        }
        LocalDate date = row.get("date") == null ? env.today() : LocalDate.parse(String.valueOf(row.get("date")));
        return 1.0 / Rates.rate(env, currency, company, date);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static double d(BigDecimal value) {
        return value.doubleValue() + 0.0;
    }

    @Override
    public void beforeUnlink(Env env, List<Integer> ids) {
        for (Integer id : ids) {
            String state = state(env, env.db().row(MODEL, id));
            if ("done".equals(state) || "approved".equals(state)) {
                throw OdooException.userError("You cannot delete a posted or approved expense.");
            }
        }
    }

    /** An expense's state from its report's ({@code hr.expense._compute_state}). */
    static String state(Env env, Map<String, Object> row) {
        Map<String, Object> sheet = env.row(ExpenseSheetBehaviour.MODEL, Values.id(row.get("sheet_id")));
        if (sheet == null) {
            return "draft";
        }
        String sheetState = ExpenseSheetBehaviour.state(env, sheet);
        return switch (sheetState) {
            case "draft" -> "reported";
            case "cancel" -> "refused";
            case "approve", "post" -> "approved";
            default ->
                ExpenseSheetBehaviour.moves(env, (Integer) sheet.get("id")).isEmpty() ? "submitted" : "done";
        };
    }

    @Override
    public Object compute(Env env, Map<String, Object> row, String field) {
        Map<String, Object> sheet = env.row(ExpenseSheetBehaviour.MODEL, Values.id(row.get("sheet_id")));
        Integer product = Values.id(row.get("product_id"));
        return switch (field) {
            case "state" -> state(env, row);
            case "is_editable" -> sheet == null || ExpenseSheetBehaviour.editable(env, sheet);
            case "currency_rate" -> currencyRate(env, row);
            case "company_currency_id" -> {
                Map<String, Object> company = env.row("res.company", Values.id(row.get("company_id")));
                yield company == null ? null : company.get("currency_id");
            }
            case "is_multiple_currency" -> isMultipleCurrency(env, row);
            case "label_currency_rate" -> isMultipleCurrency(env, row) ? rateLabel(env, row) : null;
            case "product_has_cost" ->
                product != null && Values.toDouble(Products.value(env, product, "standard_price")) != 0;
            case "product_has_tax" -> {
                Integer company = Values.id(row.get("company_id"));
                yield product != null
                        && !purchaseTaxes(env, product, company == null ? env.companyId() : company)
                                .isEmpty();
            }
            case "product_uom_category_id" -> {
                Map<String, Object> uom = env.row("uom.uom", Values.id(row.get("product_uom_id")));
                yield uom == null ? null : uom.get("category_id");
            }
            case "approved_by" -> sheet == null ? null : sheet.get("user_id");
            case "approved_on" -> sheet == null ? null : sheet.get("approval_date");
            case "accounting_date" -> sheet == null ? null : sheet.get("accounting_date");
            case "nb_attachment" -> 0;
            case "duplicate_expense_ids", "same_receipt_expense_ids", "attachment_ids" -> List.of();
            default -> NOT_COMPUTED;
        };
    }

    private static boolean isMultipleCurrency(Env env, Map<String, Object> row) {
        Map<String, Object> company = env.row("res.company", Values.id(row.get("company_id")));
        Integer currency = Values.id(row.get("currency_id"));
        return company != null && currency != null && !currency.equals(Values.id(company.get("currency_id")));
    }

    /** "1 EUR = 1.100000 USD". */
    private static String rateLabel(Env env, Map<String, Object> row) {
        Map<String, Object> company = env.row("res.company", Values.id(row.get("company_id")));
        Map<String, Object> currency = env.row("res.currency", Values.id(row.get("currency_id")));
        Map<String, Object> companyCurrency = env.row("res.currency", Values.id(company.get("currency_id")));
        return String.format(
                java.util.Locale.ROOT,
                "1 %s = %.6f %s",
                currency.get("name"),
                currencyRate(env, row),
                companyCurrency.get("name"));
    }

    @Override
    public Map<String, ModelMethod> methods() {
        return Map.of("action_submit_expenses", (env, call) -> ExpenseReports.submit(env, call.ids()));
    }
}
