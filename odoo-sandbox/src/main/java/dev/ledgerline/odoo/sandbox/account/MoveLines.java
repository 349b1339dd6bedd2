package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.base.Rates;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps an invoice's journal items balanced as Odoo does on every change: product lines priced, one tax
 * line per tax (taxes rounded per line, Odoo's default {@code round_per_line}), the receivable/payable
 * line for the rest, and the totals of the entry.
 */
final class MoveLines {
    private static final int RECEIVABLE = 7;
    private static final int PAYABLE = 16;

    private MoveLines() {}

    static void sync(Env env, int moveId) {
        Map<String, Object> move = env.db().row(Moves.MOVE, moveId);
        String type = Moves.type(move);
        if (!Moves.isInvoice(type)) {
            return;
        }
        int sign = Moves.productSign(type);
        int currency = ((Number) move.get("currency_id")).intValue();
        double rate = rate(env, move);
        double rounding = Rates.rounding(env, currency);
        BigDecimal untaxed = BigDecimal.ZERO;
        BigDecimal untaxedCompany = BigDecimal.ZERO;
        Map<TaxKey, BigDecimal[]> taxes = new LinkedHashMap<>();
        List<Map<String, Object>> products = Moves.lines(env, moveId, "product");
        for (Map<String, Object> line : products) {
            // hr_expense forces an expense's taxes to be included in its price.
            Integer expense = Values.id(line.get("expense_id"));
            TaxComputation.Details details = TaxComputation.compute(
                    env,
                    Values.toDouble(line.get("price_unit")),
                    Values.toDouble(line.get("discount")),
                    Values.toDouble(line.get("quantity")),
                    Values.ids(line.get("tax_ids")),
                    expense != null,
                    rounding,
                    rate);
            for (TaxComputation.TaxAmount tax : details.taxes()) {
                BigDecimal[] sums = taxes.computeIfAbsent(TaxKey.of(env, tax.tax(), expense, line), t ->
                        new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(BigDecimal.valueOf(tax.amount()));
                sums[1] = sums[1].add(BigDecimal.valueOf(tax.baseCompany()));
                sums[2] = sums[2].add(BigDecimal.valueOf(tax.amountCompany()));
            }
            BigDecimal subtotal = BigDecimal.valueOf(details.totalExcluded());
            BigDecimal amountCurrency = subtotal.multiply(BigDecimal.valueOf(sign));
            BigDecimal balance =
                    BigDecimal.valueOf(details.totalExcludedCompany()).multiply(BigDecimal.valueOf(sign));
            untaxed = untaxed.add(subtotal);
            untaxedCompany = untaxedCompany.add(balance);
            Map<String, Object> changes = common(move, currency);
            changes.put("price_subtotal", details.totalExcluded());
            changes.put("price_total", details.totalIncluded());
            amounts(changes, amountCurrency, balance);
            env.db().update(Moves.LINE, (Integer) line.get("id"), changes);
        }
        BigDecimal taxTotal = BigDecimal.ZERO;
        BigDecimal taxCompany = BigDecimal.ZERO;
        for (Map<String, Object> line : Moves.lines(env, moveId, "tax")) {
            if (!taxes.containsKey(TaxKey.of(line))) {
                env.db().delete(Moves.LINE, (Integer) line.get("id"));
            }
        }
        for (Map.Entry<TaxKey, BigDecimal[]> tax : taxes.entrySet()) {
            BigDecimal amountCurrency = tax.getValue()[0].multiply(BigDecimal.valueOf(sign));
            BigDecimal balance = tax.getValue()[2].multiply(BigDecimal.valueOf(sign));
            taxTotal = taxTotal.add(tax.getValue()[0]);
            taxCompany = taxCompany.add(balance);
            Map<String, Object> values = common(move, currency);
            amounts(values, amountCurrency, balance);
            values.put("tax_base_amount", Moves.d(tax.getValue()[1].abs()));
            upsertTaxLine(env, moveId, tax.getKey(), type, values);
        }
        BigDecimal termCurrency = untaxed.add(taxTotal).multiply(BigDecimal.valueOf(-sign));
        BigDecimal termBalance = untaxedCompany.add(taxCompany).negate();
        Map<String, Object> term = common(move, currency);
        amounts(term, termCurrency, termBalance);
        term.put("date_maturity", move.get("invoice_date_due"));
        Map<String, Object> termLine = termLine(env, moveId);
        BigDecimal reconciled = termLine == null ? BigDecimal.ZERO : Moves.money(termLine.get("_reconciled"));
        BigDecimal reconciledCurrency =
                termLine == null ? BigDecimal.ZERO : Moves.money(termLine.get("_reconciled_currency"));
        term.put("amount_residual", Moves.d(termBalance.subtract(reconciled)));
        term.put("amount_residual_currency", Moves.d(termCurrency.subtract(reconciledCurrency)));
        if (termLine == null) {
            term.put("move_id", moveId);
            term.put("display_type", "payment_term");
            term.put("name", "");
            term.put("account_id", Moves.isSale(type) ? RECEIVABLE : PAYABLE);
            term.put("sequence", 10L);
            term.put("quantity", 0.0);
            term.put("price_unit", 0.0);
            term.put("discount", 0.0);
            term.put("price_subtotal", 0.0);
            term.put("price_total", 0.0);
            env.db().insert(Moves.LINE, term);
        } else {
            env.db().update(Moves.LINE, (Integer) termLine.get("id"), term);
        }
        Totals.store(env, moveId, untaxed, taxTotal, untaxedCompany, taxCompany, rate);
    }

    /**
     * The entry's {@code invoice_currency_rate}: units of its currency per unit of the company's, taken when the
     * invoice date, currency or company is set and kept afterwards (a rate added later does not change it).
     */
    static double rate(Env env, Map<String, Object> move) {
        Object stored = move.get("invoice_currency_rate");
        if (stored instanceof Number number && number.doubleValue() != 0) {
            return number.doubleValue();
        }
        double rate = currentRate(env, move);
        env.db().set(Moves.MOVE, (Integer) move.get("id"), "invoice_currency_rate", rate);
        return rate;
    }

    /** Odoo's {@code _compute_invoice_currency_rate}: the rate on the invoice date (today without one). */
    static double currentRate(Env env, Map<String, Object> move) {
        int currency = ((Number) move.get("currency_id")).intValue();
        int company = ((Number) move.get("company_id")).intValue();
        int companyCurrency = ((Number) env.db().row("res.company", company).get("currency_id")).intValue();
        Object invoiceDate = move.get("invoice_date");
        LocalDate date = invoiceDate == null ? env.today() : LocalDate.parse(String.valueOf(invoiceDate));
        return Rates.conversionRate(env, companyCurrency, currency, company, date);
    }

    static Map<String, Object> termLine(Env env, int moveId) {
        List<Map<String, Object>> terms = Moves.lines(env, moveId, "payment_term");
        return terms.isEmpty() ? null : terms.getFirst();
    }

    /**
     * One tax line per tax, and per expense on an expense's bill (hr_expense keeps each expense's taxes on
     * a line of its own).
     */
    private record TaxKey(int tax, Integer expense, Object account, Object distribution) {
        static TaxKey of(Map<String, Object> taxLine) {
            return new TaxKey(
                    ((Number) taxLine.get("tax_line_id")).intValue(),
                    Values.id(taxLine.get("expense_id")),
                    taxLine.get("account_id"),
                    taxLine.get("analytic_distribution"));
        }

        /**
         * The tax line a product line's tax goes to. The chart's taxes book on their own account, without
         * analytics; a tax created over RPC has repartition lines without account (nor tax closing), so Odoo
         * books it on the product line's account with the product line's analytic distribution, one tax line
         * per account and distribution.
         */
        static TaxKey of(Env env, int tax, Integer expense, Map<String, Object> productLine) {
            Map<String, Object> taxRow = env.db().row("account.tax", tax);
            boolean own = Boolean.TRUE.equals(taxRow.get(TaxBehaviour.WITHOUT_ACCOUNT));
            Object account = own ? productLine.get("account_id") : chartAccount(taxRow);
            Object distribution =
                    own || Values.truthy(taxRow.get("analytic")) ? productLine.get("analytic_distribution") : null;
            return new TaxKey(tax, expense, account, distribution);
        }
    }

    private static int chartAccount(Map<String, Object> taxRow) {
        return "sale".equals(taxRow.get("type_tax_use")) ? 22 : 10;
    }

    private static void upsertTaxLine(Env env, int moveId, TaxKey key, String type, Map<String, Object> values) {
        int tax = key.tax();
        for (Map<String, Object> line : Moves.lines(env, moveId, "tax")) {
            if (TaxKey.of(line).equals(key)) {
                env.db().update(Moves.LINE, (Integer) line.get("id"), values);
                return;
            }
        }
        Map<String, Object> taxRow = env.db().row("account.tax", tax);
        boolean sale = "sale".equals(taxRow.get("type_tax_use"));
        boolean refund = Moves.isRefund(type);
        values.put("move_id", moveId);
        values.put("display_type", "tax");
        values.put("name", taxRow.get("name"));
        values.put("tax_line_id", tax);
        values.put("expense_id", key.expense());
        values.put("tax_group_id", taxRow.get("tax_group_id"));
        values.put("account_id", key.account());
        values.put("analytic_distribution", key.distribution());
        values.put("tax_repartition_line_id", (sale ? 2 : 6) + (refund ? 2 : 0));
        values.put("sequence", 10000L);
        values.put("quantity", 0.0);
        values.put("price_unit", 0.0);
        values.put("discount", 0.0);
        values.put("price_subtotal", 0.0);
        values.put("price_total", 0.0);
        values.put("amount_residual", 0.0);
        values.put("amount_residual_currency", 0.0);
        env.db().insert(Moves.LINE, values);
    }

    private static Map<String, Object> common(Map<String, Object> move, int currency) {
        Map<String, Object> values = new HashMap<>();
        values.put("currency_id", currency);
        values.put("partner_id", move.get("partner_id") == null ? null : move.get("partner_id"));
        values.put("company_id", move.get("company_id"));
        values.put("journal_id", move.get("journal_id"));
        values.put("date", move.get("date"));
        values.put("parent_state", move.get("state"));
        values.put("company_currency_id", 1);
        return values;
    }

    private static void amounts(Map<String, Object> values, BigDecimal amountCurrency, BigDecimal balance) {
        values.put("amount_currency", Moves.d(amountCurrency));
        values.put("balance", Moves.d(balance));
        values.put("debit", Moves.d(balance.signum() > 0 ? balance : BigDecimal.ZERO));
        values.put("credit", Moves.d(balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO));
    }
}
