package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The stored amounts of an invoice, from its lines: untaxed, tax, total, residual, and their signed forms. */
final class Totals {
    private Totals() {}

    static void store(
            Env env,
            int moveId,
            BigDecimal untaxed,
            BigDecimal tax,
            BigDecimal untaxedCompany,
            BigDecimal taxCompany,
            double rate) {
        Map<String, Object> move = env.db().row(Moves.MOVE, moveId);
        int direction = Moves.directionSign(Moves.type(move));
        Map<String, Object> term = MoveLines.termLine(env, moveId);
        BigDecimal residualCurrency =
                term == null ? BigDecimal.ZERO : Moves.money(term.get("amount_residual_currency"));
        BigDecimal residual = term == null ? BigDecimal.ZERO : Moves.money(term.get("amount_residual"));
        BigDecimal total = untaxed.add(tax);
        BigDecimal totalCompany = untaxedCompany
                .add(taxCompany)
                .negate()
                .multiply(BigDecimal.valueOf(Moves.productSign(Moves.type(move))));
        Map<String, Object> values = new HashMap<>();
        values.put("amount_untaxed", Moves.d(untaxed));
        values.put("amount_tax", Moves.d(tax));
        values.put("amount_total", Moves.d(total));
        values.put("amount_residual", Moves.d(residualCurrency.abs()));
        values.put("amount_untaxed_signed", Moves.d(untaxedCompany.abs().multiply(BigDecimal.valueOf(direction))));
        values.put("amount_tax_signed", Moves.d(taxCompany.abs().multiply(BigDecimal.valueOf(direction))));
        values.put("amount_total_signed", Moves.d(totalCompany.abs().multiply(BigDecimal.valueOf(direction))));
        values.put("amount_total_in_currency_signed", Moves.d(total.multiply(BigDecimal.valueOf(direction))));
        values.put("amount_residual_signed", Moves.d(residual.abs().multiply(BigDecimal.valueOf(direction))));
        values.put("invoice_currency_rate", rate);
        env.db().update(Moves.MOVE, moveId, values);
    }
}
