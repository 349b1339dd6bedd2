package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.base.Rates;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
        int company = ((Number) move.get("company_id")).intValue();
        int companyCurrency = ((Number) env.db().row("res.company", company).get("currency_id")).intValue();
        double rate = currency == companyCurrency ? 1.0 : Rates.rate(env, currency, company, Moves.date(move));
        BigDecimal untaxed = BigDecimal.ZERO;
        BigDecimal untaxedCompany = BigDecimal.ZERO;
        Map<TaxKey, BigDecimal[]> taxes = new LinkedHashMap<>();
        List<Map<String, Object>> products = Moves.lines(env, moveId, "product");
        for (Map<String, Object> line : products) {
            BigDecimal gross = Moves.money(line.get("quantity"))
                    .multiply(Moves.money(line.get("price_unit")))
                    .multiply(BigDecimal.ONE.subtract(
                            Moves.money(line.get("discount")).movePointLeft(2)));
            // hr_expense forces an expense's taxes to be included in its price.
            Integer expense = Values.id(line.get("expense_id"));
            boolean included = expense != null;
            BigDecimal base = included ? untaxed(env, gross, Values.ids(line.get("tax_ids"))) : gross;
            BigDecimal lineTax = BigDecimal.ZERO;
            for (Integer tax : Values.ids(line.get("tax_ids"))) {
                Map<String, Object> taxRow = env.db().row("account.tax", tax);
                BigDecimal amount = Moves.cents(
                        base.multiply(Moves.money(taxRow.get("amount"))).movePointLeft(2));
                lineTax = lineTax.add(amount);
                BigDecimal[] sums = taxes.computeIfAbsent(
                        new TaxKey(tax, expense), t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(amount);
            }
            BigDecimal subtotal = included ? Moves.cents(gross).subtract(lineTax) : Moves.cents(base);
            for (Integer tax : Values.ids(line.get("tax_ids"))) {
                BigDecimal[] sums = taxes.get(new TaxKey(tax, expense));
                sums[1] = sums[1].add(toCompany(subtotal, rate));
            }
            BigDecimal amountCurrency = subtotal.multiply(BigDecimal.valueOf(sign));
            BigDecimal balance = toCompany(amountCurrency, rate);
            untaxed = untaxed.add(subtotal);
            untaxedCompany = untaxedCompany.add(balance);
            Map<String, Object> changes = common(move, currency);
            changes.put("price_subtotal", Moves.d(subtotal));
            changes.put("price_total", Moves.d(subtotal.add(lineTax)));
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
            BigDecimal balance = toCompany(amountCurrency, rate);
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

    /** The untaxed part of an amount whose percent taxes are included in it. */
    static BigDecimal untaxed(Env env, BigDecimal gross, List<Integer> taxes) {
        BigDecimal rates = BigDecimal.ZERO;
        for (Integer tax : taxes) {
            Map<String, Object> taxRow = env.db().row("account.tax", tax);
            if (taxRow != null) {
                rates = rates.add(Moves.money(taxRow.get("amount")));
            }
        }
        return gross.divide(BigDecimal.ONE.add(rates.movePointLeft(2)), java.math.MathContext.DECIMAL128);
    }

    static Map<String, Object> termLine(Env env, int moveId) {
        List<Map<String, Object>> terms = Moves.lines(env, moveId, "payment_term");
        return terms.isEmpty() ? null : terms.getFirst();
    }

    /**
     * One tax line per tax, and per expense on an expense's bill (hr_expense keeps each expense's taxes on
     * a line of its own).
     */
    private record TaxKey(int tax, Integer expense) {
        static TaxKey of(Map<String, Object> taxLine) {
            return new TaxKey(((Number) taxLine.get("tax_line_id")).intValue(), Values.id(taxLine.get("expense_id")));
        }
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
        values.put("account_id", sale ? 22 : 10);
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

    /** An amount in the company's currency, at Odoo's "units of currency per company unit" rate. */
    static BigDecimal toCompany(BigDecimal amount, double rate) {
        if (rate == 1.0) {
            return amount;
        }
        return amount.divide(BigDecimal.valueOf(rate), 10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
    }
}
