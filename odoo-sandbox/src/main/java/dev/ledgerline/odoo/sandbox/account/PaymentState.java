package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Odoo 18's {@code _compute_payment_state} for a stock database: residual zero through credit notes only
 * is {@code reversed}, through anything else {@code paid}; a partly reconciled invoice is {@code partial};
 * payments without a journal entry (no outstanding account) make it {@code paid} whatever their amount.
 */
final class PaymentState {
    private PaymentState() {}

    @SuppressWarnings("unchecked")
    static void refresh(Env env, int moveId) {
        Map<String, Object> move = env.db().row(Moves.MOVE, moveId);
        String type = Moves.type(move);
        String state = "not_paid";
        if ("posted".equals(move.get("state")) && Moves.isInvoice(type)) {
            Map<String, Object> term = MoveLines.termLine(env, moveId);
            List<String> counterparts =
                    term == null ? List.of() : (List<String>) term.getOrDefault("_counterpart_types", List.of());
            boolean zero = Moves.money(move.get("amount_residual")).signum() == 0;
            List<Integer> payments = Values.ids(move.get("matched_payment_ids"));
            if (zero) {
                Set<String> kinds = Set.copyOf(counterparts);
                boolean reversed = (type.equals("out_invoice") && kinds.equals(Set.of("out_refund")))
                        || (type.equals("in_invoice") && kinds.equals(Set.of("in_refund")));
                state = reversed ? "reversed" : "paid";
            } else if (!counterparts.isEmpty()) {
                state = "partial";
            } else if (!payments.isEmpty()) {
                state = "paid";
            }
        }
        env.db().set(Moves.MOVE, moveId, "payment_state", state);
    }
}
