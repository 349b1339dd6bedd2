package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code action_post}: number, state, analytic lines, and the reconciliation of a credit note with its invoice. */
final class Posting {
    private final Env env;

    Posting(Env env) {
        this.env = env;
    }

    void post(List<Integer> ids) {
        for (Integer id : ids) {
            Map<String, Object> move = env.db().row(Moves.MOVE, id);
            if (!"draft".equals(move.get("state"))) {
                throw OdooException.userError("The entry " + move.get("name") + " (id " + id + ") must be in draft.");
            }
            String type = Moves.type(move);
            if (move.get("invoice_date") == null && Moves.isInvoice(type)) {
                if (type.startsWith("in_")) {
                    throw OdooException.userError("The Bill/Refund date is required to validate this document.");
                }
                env.db().set(Moves.MOVE, id, "invoice_date", env.today().toString());
                env.db().set(Moves.MOVE, id, "date", env.today().toString());
                env.db()
                        .set(
                                Moves.MOVE,
                                id,
                                "invoice_currency_rate",
                                MoveLines.currentRate(env, env.db().row(Moves.MOVE, id)));
            }
            if ("/".equals(env.db().row(Moves.MOVE, id).get("name"))) {
                env.db()
                        .set(
                                Moves.MOVE,
                                id,
                                "name",
                                Sequences.next(env, env.db().row(Moves.MOVE, id)));
            }
            env.db().set(Moves.MOVE, id, "state", "posted");
            MoveLines.sync(env, id);
            move = env.db().row(Moves.MOVE, id);
            String name = String.valueOf(move.get("name"));
            Object ref = move.get("ref");
            Map<String, Object> term = MoveLines.termLine(env, id);
            // Only a customer invoice takes its number as payment reference (and its receivable line's label).
            if ("out_invoice".equals(type) && move.get("payment_reference") == null) {
                if (term != null) {
                    env.db().set(Moves.LINE, (Integer) term.get("id"), "name", ref == null ? name : ref + " - " + name);
                }
                env.db().set(Moves.MOVE, id, "payment_reference", name);
            }
            analyticLines(id, move);
            Integer reversed = Values.id(move.get("reversed_entry_id"));
            if (reversed != null && Moves.isRefund(type)) {
                reconcile(reversed, id);
            }
            PaymentState.refresh(env, id);
        }
    }

    private void analyticLines(int id, Map<String, Object> move) {
        for (Map<String, Object> line : Moves.lines(env, id, "product")) {
            if (!(line.get("analytic_distribution") instanceof Map<?, ?> distribution)) {
                continue;
            }
            for (Map.Entry<?, ?> share : distribution.entrySet()) {
                BigDecimal percent = Moves.money(share.getValue());
                BigDecimal amount = Moves.cents(Moves.money(line.get("balance"))
                        .negate()
                        .multiply(percent)
                        .movePointLeft(2));
                Map<String, Object> values = new HashMap<>();
                values.put("name", line.get("name"));
                values.put("date", move.get("date"));
                values.put("account_id", Integer.valueOf(String.valueOf(share.getKey())));
                values.put("amount", Moves.d(amount));
                values.put(
                        "unit_amount",
                        Moves.d(Moves.money(line.get("quantity"))
                                .multiply(percent)
                                .movePointLeft(2)));
                values.put("product_id", line.get("product_id"));
                values.put("product_uom_id", line.get("product_uom_id"));
                values.put("move_line_id", line.get("id"));
                values.put("general_account_id", line.get("account_id"));
                values.put("partner_id", move.get("partner_id"));
                values.put("company_id", move.get("company_id"));
                values.put("ref", move.get("ref"));
                values.put("category", Moves.isSale(Moves.type(move)) ? "invoice" : "vendor_bill");
                values.put("user_id", env.uid());
                values.put("currency_id", 1);
                values.put("timesheet_invoice_type", amount.signum() >= 0 ? "other_revenues" : "other_costs");
                String now = env.db().now();
                values.put("create_date", now);
                values.put("write_date", now);
                env.db().insert("account.analytic.line", values);
            }
        }
    }

    private void reconcile(int invoiceId, int refundId) {
        Map<String, Object> invoiceTerm = MoveLines.termLine(env, invoiceId);
        Map<String, Object> refundTerm = MoveLines.termLine(env, refundId);
        if (invoiceTerm == null
                || refundTerm == null
                || !"posted".equals(env.db().row(Moves.MOVE, invoiceId).get("state"))) {
            return;
        }
        BigDecimal open = Moves.money(invoiceTerm.get("amount_residual")).abs();
        BigDecimal credit = Moves.money(refundTerm.get("amount_residual")).abs();
        BigDecimal amount = open.min(credit);
        BigDecimal openCurrency =
                Moves.money(invoiceTerm.get("amount_residual_currency")).abs();
        BigDecimal creditCurrency =
                Moves.money(refundTerm.get("amount_residual_currency")).abs();
        BigDecimal amountCurrency = openCurrency.min(creditCurrency);
        Reconciliation.apply(
                env, invoiceTerm, amount, amountCurrency, Moves.type(env.db().row(Moves.MOVE, refundId)));
        Reconciliation.apply(
                env, refundTerm, amount, amountCurrency, Moves.type(env.db().row(Moves.MOVE, invoiceId)));
        PaymentState.refresh(env, invoiceId);
    }
}
