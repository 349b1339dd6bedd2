package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Partial reconciliation of a receivable/payable line: its residual shrinks and the counterpart's type is kept. */
final class Reconciliation {
    private Reconciliation() {}

    @SuppressWarnings("unchecked")
    static void apply(
            Env env, Map<String, Object> term, BigDecimal amount, BigDecimal amountCurrency, String counterpartType) {
        int id = (Integer) term.get("id");
        BigDecimal reconciled = Moves.money(term.get("_reconciled"))
                .add(amount.multiply(
                        BigDecimal.valueOf(Moves.money(term.get("balance")).signum())));
        BigDecimal reconciledCurrency = Moves.money(term.get("_reconciled_currency"))
                .add(amountCurrency.multiply(BigDecimal.valueOf(
                        Moves.money(term.get("amount_currency")).signum())));
        env.db().set(Moves.LINE, id, "_reconciled", Moves.d(reconciled));
        env.db().set(Moves.LINE, id, "_reconciled_currency", Moves.d(reconciledCurrency));
        env.db()
                .set(
                        Moves.LINE,
                        id,
                        "amount_residual",
                        Moves.d(Moves.money(term.get("balance")).subtract(reconciled)));
        env.db()
                .set(
                        Moves.LINE,
                        id,
                        "amount_residual_currency",
                        Moves.d(Moves.money(term.get("amount_currency")).subtract(reconciledCurrency)));
        List<String> types = new ArrayList<>((List<String>) term.getOrDefault("_counterpart_types", List.of()));
        types.add(counterpartType);
        env.db().set(Moves.LINE, id, "_counterpart_types", List.copyOf(types));
        int move = ((Number) term.get("move_id")).intValue();
        BigDecimal residualCurrency = Moves.money(env.db().row(Moves.LINE, id).get("amount_residual_currency"));
        BigDecimal residual = Moves.money(env.db().row(Moves.LINE, id).get("amount_residual"));
        int direction = Moves.directionSign(Moves.type(env.db().row(Moves.MOVE, move)));
        env.db().set(Moves.MOVE, move, "amount_residual", Moves.d(residualCurrency.abs()));
        env.db()
                .set(
                        Moves.MOVE,
                        move,
                        "amount_residual_signed",
                        Moves.d(residual.abs().multiply(BigDecimal.valueOf(direction))));
        env.db().set(Moves.LINE, id, "reconciled", residual.signum() == 0 && residualCurrency.signum() == 0);
        PaymentState.refresh(env, move);
    }
}
