package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Odoo 18's {@code _compute_payment_state} for a stock database: residual zero through credit notes only
 * (and exchange difference entries) is {@code reversed}, through anything else {@code paid}. Otherwise a
 * payment without journal entry (no outstanding account) still {@code in_process} makes it {@code paid}
 * whatever its amount, before a partial reconciliation makes it {@code partial}, before a {@code paid} such
 * payment makes it {@code paid}: registering a payment on a partly reversed invoice makes it paid, reversing
 * part of a paid invoice makes it partial.
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
                Set<String> kinds = new java.util.HashSet<>(counterparts);
                kinds.remove("entry");
                boolean reversed = (type.equals("out_invoice") && kinds.equals(Set.of("out_refund")))
                        || (type.equals("in_invoice") && kinds.equals(Set.of("in_refund")));
                state = reversed ? "reversed" : "paid";
            } else if (hasPayment(env, payments, "in_process")) {
                state = "paid";
            } else if (!counterparts.isEmpty()) {
                state = "partial";
            } else if (hasPayment(env, payments, "paid")) {
                state = "paid";
            }
        }
        env.db().set(Moves.MOVE, moveId, "payment_state", state);
    }

    /**
     * Odoo's {@code account.payment._compute_state} for the payments of an entry, as it runs when payments are
     * matched to the entry or the entry is reconciled: a payment without journal entry becomes {@code paid}
     * once every entry it pays is.
     */
    static void settlePayments(Env env, int moveId) {
        for (Integer payment : Values.ids(env.db().row(Moves.MOVE, moveId).get("matched_payment_ids"))) {
            Map<String, Object> row = env.db().row("account.payment", payment);
            if (row == null || "paid".equals(row.get("state"))) {
                continue;
            }
            boolean allPaid = Values.ids(row.get("invoice_ids")).stream()
                    .allMatch(i -> "paid".equals(env.db().row(Moves.MOVE, i).get("payment_state")));
            if (allPaid) {
                env.db().update("account.payment", payment, Map.of("state", "paid", "is_matched", true));
            }
        }
    }

    private static boolean hasPayment(Env env, List<Integer> payments, String state) {
        for (Integer payment : payments) {
            Map<String, Object> row = env.db().row("account.payment", payment);
            if (row != null && state.equals(row.get("state"))) {
                return true;
            }
        }
        return false;
    }
}
