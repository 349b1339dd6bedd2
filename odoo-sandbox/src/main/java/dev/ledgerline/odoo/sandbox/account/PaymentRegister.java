package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.base.FloatRounding;
import dev.ledgerline.odoo.sandbox.base.Rates;
import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.ModelBehaviour;
import dev.ledgerline.odoo.sandbox.orm.ModelMethod;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import dev.ledgerline.odoo.sandbox.orm.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code account.payment.register} wizard, created with {@code active_model}/{@code active_ids} in the
 * context. As on a stock Odoo 18 whose bank journal has no outstanding-receipts account, the payment gets
 * no journal entry: it is {@code paid} at once and the invoice's residual does not change.
 */
final class PaymentRegister implements ModelBehaviour {
    private static final int BANK_JOURNAL = 6;
    private static final int MANUAL_INBOUND = 1;
    private static final int MANUAL_OUTBOUND = 2;

    @Override
    public String model() {
        return "account.payment.register";
    }

    @Override
    public void prepareCreate(Env env, Map<String, Object> values) {
        List<Integer> invoices = Values.ids(env.context("active_ids"));
        if (!"account.move".equals(env.context("active_model")) || invoices.isEmpty()) {
            throw OdooException.userError(
                    "The register payment wizard should only be called on account.move or account.move.line records.");
        }
        Map<String, Object> move = env.db().row(Moves.MOVE, invoices.getFirst());
        if (move == null) {
            throw OdooException.missing(Moves.MOVE, List.of(invoices.getFirst()), env.uid());
        }
        // Odoo's default_get keeps the receivable/payable lines with something left to pay, drafts included.
        Map<String, Object> term = MoveLines.termLine(env, invoices.getFirst());
        if (term == null
                || FloatRounding.isZero(
                        Values.toDouble(term.get("amount_residual_currency")),
                        Rates.rounding(env, ((Number) term.get("currency_id")).intValue()))) {
            throw OdooException.userError("You can't register a payment because there is nothing left to pay on the"
                    + " selected journal items.");
        }
        boolean sale = Moves.isSale(Moves.type(move));
        BigDecimal residualCurrency =
                Moves.money(term.get("amount_residual_currency")).abs();
        values.putIfAbsent("amount", Moves.d(residualCurrency));
        values.put(
                "source_amount",
                Moves.d(Moves.money(term.get("amount_residual")).abs()));
        values.put("source_amount_currency", Moves.d(residualCurrency));
        values.put("payment_difference", Moves.d(residualCurrency.subtract(Moves.money(values.get("amount")))));
        values.putIfAbsent("currency_id", move.get("currency_id"));
        if (values.get("payment_date") == null) {
            values.put("payment_date", env.today().toString());
        }
        values.putIfAbsent("journal_id", BANK_JOURNAL);
        values.putIfAbsent(
                "payment_method_line_id", sale == Moves.isRefund(Moves.type(move)) ? MANUAL_OUTBOUND : MANUAL_INBOUND);
        values.putIfAbsent("communication", communication(term, move));
        values.putIfAbsent("partner_id", move.get("partner_id"));
        values.put("payment_type", sale != Moves.isRefund(Moves.type(move)) ? "inbound" : "outbound");
        values.put("partner_type", sale ? "customer" : "supplier");
        values.putIfAbsent("payment_difference_handling", "open");
        values.put("group_payment", true);
        values.put("can_edit_wizard", true);
        values.put("installments_mode", "full");
        values.put("company_id", move.get("company_id"));
        values.put("line_ids", List.of(term.get("id")));
        values.put("_invoices", invoices);
    }

    /** Odoo's {@code _get_communication} for one line: its label, else the entry's reference, else its number. */
    private static Object communication(Map<String, Object> term, Map<String, Object> move) {
        if (Values.truthy(term.get("name"))) {
            return term.get("name");
        }
        return Values.truthy(move.get("ref")) ? move.get("ref") : move.get("name");
    }

    @Override
    public Map<String, ModelMethod> methods() {
        return Map.of("action_create_payments", (env, call) -> createPayments(env, call.ids()));
    }

    @SuppressWarnings("unchecked")
    private Object createPayments(Env env, List<Integer> wizards) {
        Integer payment = null;
        for (Integer wizardId : wizards) {
            Map<String, Object> wizard = env.db().row(model(), wizardId);
            List<Integer> invoices = (List<Integer>) wizard.get("_invoices");
            int currency = ((Number) wizard.get("currency_id")).intValue();
            int company = ((Number) wizard.get("company_id")).intValue();
            LocalDate date = LocalDate.parse(String.valueOf(wizard.get("payment_date")));
            BigDecimal amount = Moves.money(wizard.get("amount"));
            int companyCurrency = ((Number) env.db().row("res.company", company).get("currency_id")).intValue();
            BigDecimal companyAmount = Rates.convert(env, amount, currency, companyCurrency, company, date);
            boolean inbound = "inbound".equals(wizard.get("payment_type"));
            Map<String, Object> values = new HashMap<>();
            values.put("name", nextName(env));
            values.put("state", "in_process");
            values.put("amount", Moves.d(amount));
            values.put("payment_type", wizard.get("payment_type"));
            values.put("partner_type", wizard.get("partner_type"));
            values.put("partner_id", wizard.get("partner_id"));
            values.put("date", date.toString());
            values.put("journal_id", wizard.get("journal_id"));
            values.put("currency_id", currency);
            values.put("company_id", company);
            values.put("memo", wizard.get("communication"));
            values.put("payment_method_line_id", wizard.get("payment_method_line_id"));
            values.put("destination_account_id", "customer".equals(wizard.get("partner_type")) ? 7 : 16);
            values.put("is_matched", false);
            values.put("is_reconciled", false);
            values.put("amount_signed", Moves.d(inbound ? amount : amount.negate()));
            // Without a journal entry Odoo converts the amount itself, unsigned.
            values.put("amount_company_currency_signed", Moves.d(companyAmount));
            values.put("invoice_ids", List.copyOf(invoices));
            values.put("reconciled_invoice_ids", List.copyOf(invoices));
            String now = env.db().now();
            values.put("create_date", now);
            values.put("write_date", now);
            values.put("create_uid", env.uid());
            values.put("write_uid", env.uid());
            payment = env.db().insert("account.payment", values);
            for (Integer invoice : invoices) {
                List<Integer> matched = new ArrayList<>(
                        Values.ids(env.db().row(Moves.MOVE, invoice).get("matched_payment_ids")));
                matched.add(payment);
                env.db()
                        .update(
                                Moves.MOVE,
                                invoice,
                                Map.of("matched_payment_ids", List.copyOf(matched), "write_date", now));
                PaymentState.refresh(env, invoice);
            }
            // Odoo's _compute_state, run for every payment of the invoices as this one is added to them: a
            // payment without journal entry becomes paid once all its invoices are.
            for (Integer invoice : invoices) {
                PaymentState.settlePayments(env, invoice);
            }
        }
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("name", "Payments");
        action.put("type", "ir.actions.act_window");
        action.put("res_model", "account.payment");
        action.put("context", Map.of("create", false));
        action.put("view_mode", "form");
        action.put("res_id", payment);
        return action;
    }

    private static String nextName(Env env) {
        int last = 0;
        for (Map<String, Object> payment : env.db().rows("account.payment")) {
            Object name = payment.get("name");
            if (name instanceof String text && text.startsWith("PAY")) {
                try {
                    last = Math.max(last, Integer.parseInt(text.substring(3)));
                } catch (NumberFormatException ignored) {
                    // not one of the sequence's names
                }
            }
        }
        return String.format("PAY%05d", last + 1);
    }
}
