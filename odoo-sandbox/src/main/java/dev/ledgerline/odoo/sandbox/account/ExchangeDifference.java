package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.base.FloatRounding;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Odoo's exchange difference entry ({@code _create_exchange_difference_moves}): when two lines in a foreign
 * currency are matched at different rates, a posted entry in the company's exchange difference journal moves
 * the company-currency rest of each line to the exchange gain or loss account and is reconciled with it, so
 * that what is left open in the company's currency follows what is left in the foreign one.
 */
final class ExchangeDifference {
    private static final String LABEL = "Currency exchange rate difference";

    private ExchangeDifference() {}

    /**
     * Books one entry fixing the company-currency residual of each line by the amount given (positive lowers
     * a debit's residual, negative a credit's), dated at the journal's accounting date for {@code date}.
     */
    static void book(Env env, int company, LocalDate date, Map<Map<String, Object>, Double> toFix) {
        Map<String, Object> companyRow = env.db().row("res.company", company);
        Integer journal = Values.id(companyRow.get("currency_exchange_journal_id"));
        if (journal == null) {
            return;
        }
        LocalDate accountingDate = accountingDate(env, date);
        Object companyCurrency = companyRow.get("currency_id");
        Map<String, Object> move = new HashMap<>();
        move.put("move_type", "entry");
        move.put("state", "posted");
        move.put("journal_id", journal);
        move.put("company_id", company);
        move.put("currency_id", companyCurrency);
        move.put("date", accountingDate.toString());
        move.put("payment_state", "not_paid");
        move.put("always_tax_exigible", true);
        move.put("posted_before", true);
        move.put("invoice_user_id", env.uid());
        String now = env.db().now();
        move.put("create_date", now);
        move.put("write_date", now);
        move.put("create_uid", env.uid());
        move.put("write_uid", env.uid());
        move.put("name", "/");
        int moveId = env.db().insert(Moves.MOVE, move);
        env.db().set(Moves.MOVE, moveId, "name", Sequences.next(env, env.db().row(Moves.MOVE, moveId)));
        double total = 0;
        int sequence = 0;
        for (Map.Entry<Map<String, Object>, Double> fix : toFix.entrySet()) {
            Map<String, Object> line = fix.getKey();
            double residual = fix.getValue();
            Object account = residual > 0
                    ? companyRow.get("expense_currency_exchange_account_id")
                    : companyRow.get("income_currency_exchange_account_id");
            int counterpart =
                    insertLine(env, moveId, line, line.get("account_id"), -residual, sequence, accountingDate);
            insertLine(env, moveId, line, account, residual, sequence + 1, accountingDate);
            sequence += 2;
            total += Math.abs(residual);
            Reconciliation.apply(
                    env,
                    env.db().row(Moves.LINE, (Integer) line.get("id")),
                    BigDecimal.valueOf(Math.abs(residual)),
                    BigDecimal.ZERO,
                    "entry");
            env.db().set(Moves.LINE, counterpart, "amount_residual", 0.0);
            env.db().set(Moves.LINE, counterpart, "reconciled", true);
        }
        double amount = FloatRounding.cents(total);
        Map<String, Object> totals = new HashMap<>();
        totals.put("amount_total", amount);
        totals.put("amount_total_signed", amount);
        totals.put("amount_total_in_currency_signed", amount);
        totals.put("amount_untaxed", 0.0);
        totals.put("amount_tax", 0.0);
        totals.put("amount_residual", 0.0);
        totals.put("amount_residual_signed", 0.0);
        env.db().update(Moves.MOVE, moveId, totals);
    }

    /**
     * The exchange journal's accounting date ({@code _get_accounting_date} of a monthly numbered journal):
     * the end of the date's month when that month is over, else the later of the date and today.
     */
    private static LocalDate accountingDate(Env env, LocalDate date) {
        LocalDate today = env.today();
        if (YearMonth.from(today).isAfter(YearMonth.from(date))) {
            return YearMonth.from(date).atEndOfMonth();
        }
        return date.isAfter(today) ? date : today;
    }

    private static int insertLine(
            Env env,
            int moveId,
            Map<String, Object> fixed,
            Object account,
            double balance,
            int sequence,
            LocalDate date) {
        Map<String, Object> values = new HashMap<>();
        values.put("move_id", moveId);
        values.put("name", LABEL);
        values.put("display_type", "product");
        values.put("account_id", account);
        values.put("partner_id", fixed.get("partner_id"));
        values.put("currency_id", fixed.get("currency_id"));
        values.put("company_id", fixed.get("company_id"));
        values.put("company_currency_id", fixed.get("company_currency_id"));
        values.put("journal_id", env.db().row(Moves.MOVE, moveId).get("journal_id"));
        values.put("date", date.toString());
        values.put("parent_state", "posted");
        values.put("sequence", (long) sequence);
        values.put("quantity", 1.0);
        values.put("price_unit", 0.0);
        values.put("discount", 0.0);
        values.put("price_subtotal", 0.0);
        values.put("price_total", 0.0);
        values.put("amount_currency", 0.0);
        values.put("amount_residual_currency", 0.0);
        values.put("balance", balance);
        values.put("debit", balance > 0 ? balance : 0.0);
        values.put("credit", balance < 0 ? -balance : 0.0);
        values.put("amount_residual", 0.0);
        values.put("reconciled", false);
        String now = env.db().now();
        values.put("create_date", now);
        values.put("write_date", now);
        return env.db().insert(Moves.LINE, values);
    }
}
