package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.base.FloatRounding;
import dev.ledgerline.odoo.sandbox.base.Rates;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /**
     * Odoo's {@code _prepare_analytic_lines}, for each product or tax line with a distribution (in the order of
     * their ids): one analytic line per account of the distribution (in the order {@code jsonb} keeps its keys),
     * each with the move line's whole quantity and its share of the balance; the account that completes 100 % of
     * its plan takes the rest of the balance, and a share that rounds to nothing in the line's currency makes no
     * line.
     */
    private void analyticLines(int id, Map<String, Object> move) {
        for (Map<String, Object> line : Moves.lines(env, id).stream()
                .filter(l -> "product".equals(l.get("display_type")) || "tax".equals(l.get("display_type")))
                .sorted(java.util.Comparator.comparingInt(l -> (Integer) l.get("id")))
                .toList()) {
            if (!(line.get("analytic_distribution") instanceof Map<?, ?> distribution)) {
                continue;
            }
            double balance = Values.toDouble(line.get("balance"));
            double lineRounding = Rates.rounding(env, ((Number) line.get("currency_id")).intValue());
            Map<Object, Double> distributedPerPlan = new HashMap<>();
            for (Map.Entry<?, ?> share : distribution.entrySet()) {
                double percent = Values.toDouble(share.getValue());
                double amount = 0;
                Integer account = null;
                for (String key : String.valueOf(share.getKey()).split(",")) {
                    Map<String, Object> accountRow =
                            env.db().row("account.analytic.account", Integer.parseInt(key.trim()));
                    if (accountRow == null) {
                        continue;
                    }
                    Object plan = accountRow.get("root_plan_id") != null
                            ? accountRow.get("root_plan_id")
                            : accountRow.get("plan_id");
                    double before = distributedPerPlan.getOrDefault(plan, 0.0);
                    double planTotal = before + percent;
                    amount = FloatRounding.compare(planTotal, 100, 0.01) == 0
                            ? -balance * (100 - before) / 100.0
                            : -balance * percent / 100.0;
                    distributedPerPlan.put(plan, planTotal);
                    account = (Integer) accountRow.get("id");
                }
                if (FloatRounding.isZero(amount, lineRounding)) {
                    continue;
                }
                Object name = line.get("name");
                Object ref = move.get("ref");
                Object partner = move.get("commercial_partner_id") != null
                        ? move.get("commercial_partner_id")
                        : move.get("partner_id");
                Map<String, Object> values = new HashMap<>();
                values.put(
                        "name",
                        Values.truthy(name)
                                ? name
                                : Values.truthy(ref)
                                        ? ref
                                        : "/ -- "
                                                + (partner == null
                                                        ? "/"
                                                        : env.db()
                                                                .row("res.partner", Values.id(partner))
                                                                .get("name")));
                values.put("date", move.get("date"));
                values.put("account_id", account);
                values.put("amount", FloatRounding.cents(amount));
                values.put("unit_amount", Values.toDouble(line.get("quantity")));
                values.put("product_id", line.get("product_id"));
                values.put("product_uom_id", line.get("product_uom_id"));
                values.put("move_line_id", line.get("id"));
                values.put("general_account_id", line.get("account_id"));
                values.put("partner_id", partner);
                values.put("company_id", move.get("company_id"));
                values.put("ref", ref);
                values.put("category", Moves.isSale(Moves.type(move)) ? "invoice" : "vendor_bill");
                values.put("user_id", move.get("invoice_user_id") != null ? move.get("invoice_user_id") : env.uid());
                values.put(
                        "currency_id",
                        env.db()
                                .row("res.company", Values.id(move.get("company_id")))
                                .get("currency_id"));
                values.put("timesheet_invoice_type", amount >= 0 ? "other_revenues" : "other_costs");
                String now = env.db().now();
                values.put("create_date", now);
                values.put("write_date", now);
                env.db().insert("account.analytic.line", values);
            }
        }
    }

    /**
     * Odoo's {@code _reconcile_reversed_moves}: the receivable (payable) lines of the credit note and of its
     * invoice that are not yet reconciled are matched, in the document's currency when it is foreign (each side
     * converted at its own accounting rate, the difference booked by an exchange difference entry); an invoice
     * already settled leaves the credit note open.
     */
    private void reconcile(int invoiceId, int refundId) {
        Map<String, Object> invoiceTerm = MoveLines.termLine(env, invoiceId);
        Map<String, Object> refundTerm = MoveLines.termLine(env, refundId);
        if (invoiceTerm == null
                || refundTerm == null
                || !"posted".equals(env.db().row(Moves.MOVE, invoiceId).get("state"))
                || Boolean.TRUE.equals(invoiceTerm.get("reconciled"))
                || !Objects.equals(invoiceTerm.get("account_id"), refundTerm.get("account_id"))
                || !Objects.equals(invoiceTerm.get("currency_id"), refundTerm.get("currency_id"))) {
            return;
        }
        // Odoo settles the payments still in process of an entry that was paid before this reconciliation,
        // even when the reconciliation leaves it reversed or partial: a payment registered on a draft invoice
        // stays in process through the posting and becomes paid once a credit note reverses that invoice.
        for (int move : List.of(invoiceId, refundId)) {
            if ("paid".equals(env.db().row(Moves.MOVE, move).get("payment_state"))) {
                PaymentState.settlePayments(env, move);
            }
        }
        boolean invoiceIsDebit = Values.toDouble(invoiceTerm.get("balance")) > 0;
        Map<String, Object> debit = invoiceIsDebit ? invoiceTerm : refundTerm;
        Map<String, Object> credit = invoiceIsDebit ? refundTerm : invoiceTerm;
        double debitResidual = Values.toDouble(debit.get("amount_residual"));
        double creditResidual = Values.toDouble(credit.get("amount_residual"));
        double debitResidualCurrency = Values.toDouble(debit.get("amount_residual_currency"));
        double creditResidualCurrency = Values.toDouble(credit.get("amount_residual_currency"));
        int currency = ((Number) debit.get("currency_id")).intValue();
        int company = ((Number) debit.get("company_id")).intValue();
        int companyCurrency = ((Number) env.db().row("res.company", company).get("currency_id")).intValue();
        double rounding = Rates.rounding(env, currency);
        double companyRounding = Rates.rounding(env, companyCurrency);
        boolean foreign = currency != companyCurrency;
        double debitOpen = foreign ? debitResidualCurrency : debitResidual;
        double creditOpen = foreign ? -creditResidualCurrency : -creditResidual;
        if (FloatRounding.isZero(debitOpen, foreign ? rounding : companyRounding)
                || FloatRounding.isZero(creditOpen, foreign ? rounding : companyRounding)) {
            return;
        }
        int comparison = FloatRounding.compare(debitOpen, creditOpen, foreign ? rounding : companyRounding);
        double matched = Math.min(debitOpen, creditOpen);
        double partial = matched;
        double debitExchange = 0;
        double creditExchange = 0;
        if (foreign) {
            double debitPartial =
                    Math.min(FloatRounding.round(matched / accountingRate(debit), companyRounding), debitResidual);
            double creditPartial =
                    Math.min(FloatRounding.round(matched / accountingRate(credit), companyRounding), -creditResidual);
            partial = Math.min(debitPartial, creditPartial);
            if (comparison <= 0) {
                debitExchange = FloatRounding.round(debitResidual - partial, companyRounding);
            } else if (FloatRounding.compare(debitPartial - partial, 0, companyRounding) > 0) {
                debitExchange = FloatRounding.round(debitPartial - partial, companyRounding);
            }
            if (comparison >= 0) {
                creditExchange = FloatRounding.round(creditResidual + partial, companyRounding);
            } else if (FloatRounding.compare(partial - creditPartial, 0, companyRounding) < 0) {
                creditExchange = FloatRounding.round(partial - creditPartial, companyRounding);
            }
        }
        String invoiceType = Moves.type(env.db().row(Moves.MOVE, invoiceId));
        String refundType = Moves.type(env.db().row(Moves.MOVE, refundId));
        Reconciliation.apply(
                env,
                debit,
                BigDecimal.valueOf(partial),
                BigDecimal.valueOf(matched),
                invoiceIsDebit ? refundType : invoiceType);
        Reconciliation.apply(
                env,
                credit,
                BigDecimal.valueOf(partial),
                BigDecimal.valueOf(matched),
                invoiceIsDebit ? invoiceType : refundType);
        Map<Map<String, Object>, Double> toFix = new java.util.LinkedHashMap<>();
        if (!FloatRounding.isZero(debitExchange, companyRounding)) {
            toFix.put(env.db().row(Moves.LINE, (Integer) debit.get("id")), debitExchange);
        }
        if (!FloatRounding.isZero(creditExchange, companyRounding)) {
            toFix.put(env.db().row(Moves.LINE, (Integer) credit.get("id")), creditExchange);
        }
        if (!toFix.isEmpty()) {
            String date = String.valueOf(debit.get("date")).compareTo(String.valueOf(credit.get("date"))) >= 0
                    ? String.valueOf(debit.get("date"))
                    : String.valueOf(credit.get("date"));
            ExchangeDifference.book(env, company, java.time.LocalDate.parse(date), toFix);
        }
        // The reconciliation makes Odoo recompute the payment state of both entries, the state of their
        // payments still in process (paid once their entries are), and then the entries' again.
        for (int move : List.of(invoiceId, refundId)) {
            PaymentState.refresh(env, move);
            PaymentState.settlePayments(env, move);
            PaymentState.refresh(env, move);
        }
    }

    /** {@code abs(amount_currency / balance)} of a line: the rate it was booked at. */
    private static double accountingRate(Map<String, Object> line) {
        return Math.abs(Values.toDouble(line.get("amount_currency")) / Values.toDouble(line.get("balance")));
    }
}
